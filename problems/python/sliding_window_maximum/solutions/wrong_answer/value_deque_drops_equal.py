def max_sliding_window(nums, k):
    window = deque()  # values, not indices
    out = []
    for i, x in enumerate(nums):
        if i >= k and window[0] == nums[i - k]:
            window.popleft()
        # Bug: `<=` also drops equal values, so when the older copy of a repeated maximum
        # leaves, the popleft above throws out the newer copy that is still inside.
        while window and window[-1] <= x:
            window.pop()
        window.append(x)
        if i >= k - 1:
            out.append(window[0])
    return out
