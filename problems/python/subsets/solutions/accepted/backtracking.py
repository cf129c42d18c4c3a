def subsets(nums):
    out = []
    chosen = []

    def walk(i):
        if i == len(nums):
            out.append(chosen[:])
            return
        walk(i + 1)  # leave nums[i] out
        chosen.append(nums[i])
        walk(i + 1)  # take it
        chosen.pop()

    walk(0)
    return out
