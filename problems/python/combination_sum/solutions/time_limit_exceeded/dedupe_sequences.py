# Correct but builds every ordered sequence of candidates reaching target, then removes
# repeats: millions of sequences for small candidates and target 40.
def combination_sum(candidates, target):
    seen = set()

    def walk(left, chosen):
        if left == 0:
            seen.add(tuple(sorted(chosen)))
            return
        for c in candidates:
            if c <= left:
                chosen.append(c)
                walk(left - c, chosen)
                chosen.pop()

    walk(target, [])
    return [list(t) for t in seen]
