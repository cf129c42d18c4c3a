# Forgets the empty input: it starts from [""] and returns [""] when there are no digits.
def letter_combinations(digits):
    keys = ["", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"]
    result = [""]
    for d in digits:
        result = [s + ch for s in result for ch in keys[int(d)]]
    return result
