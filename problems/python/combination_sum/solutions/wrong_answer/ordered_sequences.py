# Restarts from the first candidate at every step, so [2, 3] and [3, 2] are both reported.
def combination_sum(candidates, target):
    out = []

    def walk(left, chosen):
        if left == 0:
            out.append(chosen[:])
            return
        for c in candidates:
            if c <= left:
                chosen.append(c)
                walk(left - c, chosen)
                chosen.pop()

    walk(target, [])
    return out
