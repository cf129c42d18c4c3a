from collections import defaultdict


# A weak key: length and sum of letter codes ("ad" and "bc" collide).
def group_anagrams(strs):
    groups = defaultdict(list)
    for s in strs:
        groups[(len(s), sum(map(ord, s)))].append(s)
    return list(groups.values())
