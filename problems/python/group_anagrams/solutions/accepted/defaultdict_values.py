class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        # As published on LeetCode: the dict's values view itself, not a list of it.
        ans = collections.defaultdict(list)
        for s in strs:
            ans[tuple(sorted(s))].append(s)
        return ans.values()
