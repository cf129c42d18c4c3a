def longest_palindrome(s):
    # Correct, but tests all n²/2 substrings, each character by character: O(n³).
    def is_palindrome(t):
        for k in range(len(t) // 2):
            if t[k] != t[-1 - k]:
                return False
        return True

    best = ""
    for i in range(len(s)):
        for j in range(i, len(s)):
            if is_palindrome(s[i : j + 1]) and j - i + 1 > len(best):
                best = s[i : j + 1]
    return best
