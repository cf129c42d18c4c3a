import random


def kClosest(points, k):
    # Quickselect on squared distance with a random pivot and three-way partition.
    def d(p):
        return p[0] * p[0] + p[1] * p[1]

    chosen, rest = [], points
    while k > 0:
        pivot = d(random.choice(rest))
        near = [p for p in rest if d(p) < pivot]
        same = [p for p in rest if d(p) == pivot]
        if k < len(near):
            rest = near
        elif k <= len(near) + len(same):
            return chosen + near + same[: k - len(near)]
        else:
            chosen += near + same
            k -= len(near) + len(same)
            rest = [p for p in rest if d(p) > pivot]
    return chosen
