KEYS = {
    "2": "abc",
    "3": "def",
    "4": "ghi",
    "5": "jkl",
    "6": "mno",
    "7": "pqrs",
    "8": "tuv",
    "9": "wxyz",
}


def letter_combinations(digits):
    if not digits:
        return []
    out = []

    def walk(i, prefix):
        if i == len(digits):
            out.append(prefix)
            return
        for ch in KEYS[digits[i]]:
            walk(i + 1, prefix + ch)

    walk(0, "")
    return out
