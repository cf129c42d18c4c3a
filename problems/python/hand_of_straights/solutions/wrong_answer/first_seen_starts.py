from collections import Counter


# Starts each group at the next number in the order the cards were dealt, not at the
# smallest one left, so [2, 1, 3, 4] in pairs takes [2, 3] first and strands 1 and 4.
def is_n_straight_hand(hand, groupSize):
    if len(hand) % groupSize:
        return False
    count = Counter(hand)
    for x in hand:
        while count[x]:
            for y in range(x, x + groupSize):
                if count[y] == 0:
                    return False
                count[y] -= 1
    return True
