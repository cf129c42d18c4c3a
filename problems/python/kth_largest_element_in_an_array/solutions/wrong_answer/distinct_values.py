# Drops repeats first: returns the k-th largest distinct value (and fails when there are
# fewer than k of them).
def find_kth_largest(nums, k):
    values = sorted(set(nums), reverse=True)
    return values[min(k, len(values)) - 1]
