# Compares every string with every later one: O(L^2 · k log k).
def group_anagrams(strs):
    used = [False] * len(strs)
    groups = []
    for i in range(len(strs)):
        if used[i]:
            continue
        used[i] = True
        key = sorted(strs[i])
        group = [strs[i]]
        for j in range(i + 1, len(strs)):
            if not used[j] and len(strs[j]) == len(strs[i]) and sorted(strs[j]) == key:
                used[j] = True
                group.append(strs[j])
        groups.append(group)
    return groups
