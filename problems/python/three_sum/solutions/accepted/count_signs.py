from collections import Counter


def three_sum(nums):
    # Every zero-sum triplet is (0, 0, 0), (-x, 0, x), or two values of one sign with one of
    # the other; pairs are taken over distinct values only, so repeats cost nothing.
    count = Counter(nums)
    negs = sorted(v for v in count if v < 0)
    poss = sorted(v for v in count if v > 0)
    out = []
    if count[0] >= 3:
        out.append([0, 0, 0])
    if count[0]:
        out.extend([-x, 0, x] for x in poss if -x in count)
    for same in (negs, poss):
        for i, a in enumerate(same):
            if count[a] >= 2 and -2 * a in count:
                out.append([a, a, -2 * a])
            for b in same[i + 1 :]:
                if -(a + b) in count:
                    out.append([a, b, -(a + b)])
    return out
