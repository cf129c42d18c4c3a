def combination_sum(candidates, target):
    nums = sorted(candidates)
    out = []
    chosen = []

    def walk(start, left):
        if left == 0:
            out.append(chosen[:])
            return
        for i in range(start, len(nums)):
            if nums[i] > left:
                break  # sorted: every later candidate is too big as well
            chosen.append(nums[i])
            walk(i, left - nums[i])  # i again: a candidate may repeat
            chosen.pop()

    walk(0, target)
    return out
