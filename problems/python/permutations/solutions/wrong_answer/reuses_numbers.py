# Forgets to mark numbers as used: lists like [1, 1, 1] are reported too.
def permute(nums):
    out = []
    path = []

    def walk():
        if len(path) == len(nums):
            out.append(path[:])
            return
        for x in nums:
            path.append(x)
            walk()
            path.pop()

    walk()
    return out
