from bisect import bisect_left


def two_sum(numbers, target):
    # For each left position, look for its partner to the right by bisection: O(n log n).
    n = len(numbers)
    for i in range(n - 1):
        want = target - numbers[i]
        j = bisect_left(numbers, want, i + 1)
        if j < n and numbers[j] == want:
            return [i + 1, j + 1]
    return []
