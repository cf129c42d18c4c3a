import bisect


def last_stone_weight(stones):
    # Keep the pile sorted; the two heaviest are at the end.
    pile = sorted(stones)
    while len(pile) > 1:
        y, x = pile.pop(), pile.pop()
        if y != x:
            bisect.insort(pile, y - x)
    return pile[0] if pile else 0
