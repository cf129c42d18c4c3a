def permute(nums):
    # Insert each new number at every position of every ordering of the numbers before it.
    perms = [[]]
    for x in nums:
        perms = [p[:i] + [x] + p[i:] for p in perms for i in range(len(p) + 1)]
    return perms
