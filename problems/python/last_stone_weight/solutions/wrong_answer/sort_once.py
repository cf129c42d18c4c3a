# Sorts once and keeps smashing the last two, appending what is left at the end without
# sorting again: the remainder is smashed next even when it is not among the heaviest.
def last_stone_weight(stones):
    pile = sorted(stones)
    while len(pile) > 1:
        y, x = pile.pop(), pile.pop()
        if y != x:
            pile.append(y - x)
    return pile[0] if pile else 0
