from collections import defaultdict


# Collects each group in a set, so a repeated string is returned once.
def group_anagrams(strs):
    groups = defaultdict(set)
    for s in strs:
        groups["".join(sorted(s))].add(s)
    return [sorted(g) for g in groups.values()]
