from collections import Counter


def is_n_straight_hand(hand, groupSize):
    if len(hand) % groupSize:
        return False
    count = Counter(hand)
    for x in sorted(count):
        k = count[x]
        if k:
            for y in range(x + 1, x + groupSize):
                if count[y] < k:
                    return False
                count[y] -= k
    return True
