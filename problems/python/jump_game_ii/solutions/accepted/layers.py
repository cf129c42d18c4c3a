def jump(nums):
    jumps = end = farthest = 0
    for i in range(len(nums) - 1):
        if i + nums[i] > farthest:
            farthest = i + nums[i]
        if i == end:
            jumps += 1
            end = farthest
    return jumps
