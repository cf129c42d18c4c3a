"""Any arrangement is right if it uses exactly the letters of s and no two neighbours are
equal; "" is right exactly when no such arrangement exists, which is when some letter
occurs more than (len(s) + 1) // 2 times."""

from collections import Counter


def check(args, expected, actual, **options):
    s = args[0]
    if not isinstance(actual, str):
        return False, "expected a string"
    possible = max(Counter(s).values()) <= (len(s) + 1) // 2
    if not possible:
        return actual == "", "" if actual == "" else 'no arrangement exists, so the answer is ""'
    if actual == "":
        return False, 'an arrangement exists, but the answer is ""'
    if Counter(actual) != Counter(s):
        return False, "the answer does not use exactly the letters of s"
    for i in range(len(actual) - 1):
        if actual[i] == actual[i + 1]:
            return False, f"two {actual[i]!r} side by side at positions {i} and {i + 1}"
    return True, ""
