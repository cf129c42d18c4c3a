# Appends the working list itself instead of a copy: every entry ends up the same (empty) list.
def subsets(nums):
    out = []
    chosen = []

    def walk(i):
        out.append(chosen)
        for j in range(i, len(nums)):
            chosen.append(nums[j])
            walk(j + 1)
            chosen.pop()

    walk(0)
    return out
