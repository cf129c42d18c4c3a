def valid_palindrome(s):
    i, j = 0, len(s) - 1
    while i < j and s[i] == s[j]:
        i += 1
        j -= 1
    if i >= j:
        return True
    # At the first mismatch one of the two characters must go; try both.
    skip_left = s[i + 1 : j + 1]
    skip_right = s[i:j]
    return skip_left == skip_left[::-1] or skip_right == skip_right[::-1]
