"""Any longest palindromic substring is right: the answer must be a palindrome, occur in s,
and be as long as the expected one (which the reference found)."""


def check(args, expected, actual, **options):
    s = args[0]
    if not isinstance(actual, str):
        return False, "expected a string"
    if actual not in s:
        return False, "the answer is not a substring of s"
    if actual != actual[::-1]:
        return False, "the answer is not a palindrome"
    if len(actual) != len(expected):
        return False, f"a palindrome of length {len(actual)}, but the longest has {len(expected)}"
    return True, ""
