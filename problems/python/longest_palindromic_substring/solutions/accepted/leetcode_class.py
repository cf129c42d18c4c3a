class Solution:
    def longestPalindrome(self, s: str) -> str:
        # Grow a palindrome around every centre: a character (odd) or a gap (even).
        def grow(lo: int, hi: int) -> str:
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            return s[lo + 1 : hi]

        best = ""
        for i in range(len(s)):
            for candidate in (grow(i, i), grow(i, i + 1)):
                if len(candidate) > len(best):
                    best = candidate
        return best
