class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        # Memoised recursion: can the suffix starting at i be cut into words?
        @lru_cache(None)
        def can(i: int) -> bool:
            if i == len(s):
                return True
            return any(s.startswith(w, i) and can(i + len(w)) for w in wordDict)

        return can(0)
