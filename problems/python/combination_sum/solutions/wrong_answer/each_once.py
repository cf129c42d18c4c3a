# Moves past a candidate once it is taken, so no candidate is ever used twice.
def combination_sum(candidates, target):
    out = []
    chosen = []

    def walk(start, left):
        if left == 0:
            out.append(chosen[:])
            return
        for i in range(start, len(candidates)):
            if candidates[i] <= left:
                chosen.append(candidates[i])
                walk(i + 1, left - candidates[i])
                chosen.pop()

    walk(0, target)
    return out
