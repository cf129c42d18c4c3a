# Forgets to fold case, so "abc-CBA" is rejected.
def is_palindrome(s):
    kept = [ch for ch in s if ch.isalnum()]
    return kept == kept[::-1]
