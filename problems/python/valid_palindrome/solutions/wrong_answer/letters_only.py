# Keeps letters but drops digits, so "1a2" looks like the palindrome "a".
def is_palindrome(s):
    kept = [ch.lower() for ch in s if ch.isalpha()]
    return kept == kept[::-1]
