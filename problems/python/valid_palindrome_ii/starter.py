def valid_palindrome(s: str) -> bool:
    pass
