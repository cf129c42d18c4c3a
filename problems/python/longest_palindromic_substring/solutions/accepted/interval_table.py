def longest_palindrome(s):
    # pal[i][j]: s[i..j] is a palindrome; filled from short intervals to long ones.
    n = len(s)
    pal = [[False] * n for _ in range(n)]
    start, length = 0, 1
    for i in range(n - 1, -1, -1):
        pal[i][i] = True
        for j in range(i + 1, n):
            if s[i] == s[j] and (j - i < 3 or pal[i + 1][j - 1]):
                pal[i][j] = True
                if j - i + 1 > length:
                    start, length = i, j - i + 1
    return s[start : start + length]
