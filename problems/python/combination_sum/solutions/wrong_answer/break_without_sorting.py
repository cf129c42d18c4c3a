# Stops at the first candidate that is too big, but never sorted them: smaller candidates
# listed after a big one are never tried.
def combination_sum(candidates, target):
    out = []
    chosen = []

    def walk(start, left):
        if left == 0:
            out.append(chosen[:])
            return
        for i in range(start, len(candidates)):
            if candidates[i] > left:
                break
            chosen.append(candidates[i])
            walk(i, left - candidates[i])
            chosen.pop()

    walk(0, target)
    return out
