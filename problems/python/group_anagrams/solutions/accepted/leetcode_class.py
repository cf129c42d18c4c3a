class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        # Key each string by its 26 letter counts: O(k) per string instead of sorting.
        groups = {}
        for s in strs:
            counts = [0] * 26
            for ch in s:
                counts[ord(ch) - ord("a")] += 1
            groups.setdefault(tuple(counts), []).append(s)
        return list(groups.values())
