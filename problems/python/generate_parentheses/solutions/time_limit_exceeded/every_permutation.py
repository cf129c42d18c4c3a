from itertools import permutations


# Correct, but walks all (2n)! orderings of the brackets: 2 · 10^13 of them for n = 8.
def generate_parenthesis(n):
    found = set()
    for p in permutations("(" * n + ")" * n):
        depth = 0
        for ch in p:
            depth += 1 if ch == "(" else -1
            if depth < 0:
                break
        else:
            found.add("".join(p))
    return list(found)
