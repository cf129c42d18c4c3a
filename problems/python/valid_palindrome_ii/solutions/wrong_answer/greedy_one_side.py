# At a mismatch it deletes on the first side that matches locally and never tries the other:
# "abbab" skips the left "a" (since "b" == "b") and misses "abba".
def valid_palindrome(s):
    i, j = 0, len(s) - 1
    deleted = False
    while i < j:
        if s[i] == s[j]:
            i += 1
            j -= 1
        elif deleted:
            return False
        elif s[i + 1] == s[j]:
            deleted = True
            i += 1
        elif s[i] == s[j - 1]:
            deleted = True
            j -= 1
        else:
            return False
    return True
