# Counts mirrored pairs that differ, as if one deletion could fix any one of them.
def valid_palindrome(s):
    n = len(s)
    return sum(s[k] != s[n - 1 - k] for k in range(n // 2)) <= 1
