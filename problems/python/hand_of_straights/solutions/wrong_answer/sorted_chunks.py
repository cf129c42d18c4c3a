# Cuts the sorted hand into consecutive chunks of groupSize cards: fails when equal numbers
# must go to different groups ([1, 1, 2, 2, 3, 3] with groups of 3).
def is_n_straight_hand(hand, groupSize):
    if len(hand) % groupSize:
        return False
    cards = sorted(hand)
    for i in range(0, len(cards), groupSize):
        chunk = cards[i : i + groupSize]
        if any(b - a != 1 for a, b in zip(chunk, chunk[1:])):
            return False
    return True
