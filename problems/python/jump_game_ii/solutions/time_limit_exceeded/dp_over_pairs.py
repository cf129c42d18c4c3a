def jump(nums):
    # best[i]: fewest jumps to reach i, from every earlier index that can jump that far.
    n = len(nums)
    best = [0] + [n] * (n - 1)
    for i in range(1, n):
        for j in range(i):
            if j + nums[j] >= i and best[j] + 1 < best[i]:
                best[i] = best[j] + 1
    return best[-1]
