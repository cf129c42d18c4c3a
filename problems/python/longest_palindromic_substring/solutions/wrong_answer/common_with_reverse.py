# Longest common substring of s and its reverse, without checking it is a palindrome:
# for "abacdfgdcaba" it returns "abacd".
def longest_palindrome(s):
    r = s[::-1]
    n = len(s)
    best_len, best_end = 0, 0
    prev = [0] * (n + 1)
    for i in range(1, n + 1):
        cur = [0] * (n + 1)
        for j in range(1, n + 1):
            if s[i - 1] == r[j - 1]:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best_len:
                    best_len, best_end = cur[j], i
        prev = cur
    return s[best_end - best_len : best_end]
