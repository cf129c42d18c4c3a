def combination_sum(candidates, target):
    # Decide per candidate: use it once more (stay on it) or move past it for good.
    out = []

    def go(i, left, chosen):
        if left == 0:
            out.append(list(chosen))
            return
        if i == len(candidates) or left < 0:
            return
        go(i, left - candidates[i], chosen + (candidates[i],))
        go(i + 1, left, chosen)

    go(0, target, ())
    return out
