def is_n_straight_hand(hand, groupSize):
    # Sorted cards, each marked when used; every group scans forward for its next numbers,
    # walking again over cards already used: O(n^2) when numbers repeat a lot.
    n = len(hand)
    if n % groupSize:
        return False
    cards = sorted(hand)
    used = [False] * n
    for i in range(n):
        if used[i]:
            continue
        used[i] = True
        want = cards[i] + 1
        j = i + 1
        for _ in range(groupSize - 1):
            while j < n and (used[j] or cards[j] < want):
                j += 1
            if j == n or cards[j] != want:
                return False
            used[j] = True
            want += 1
    return True
