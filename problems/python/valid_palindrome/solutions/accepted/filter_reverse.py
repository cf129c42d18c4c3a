def is_palindrome(s):
    kept = "".join(ch for ch in s.lower() if ch.isalnum())
    return kept == kept[::-1]
