# Indexes the ascending order from the front: the k-th smallest value.
def find_kth_largest(nums, k):
    return sorted(nums)[k - 1]
