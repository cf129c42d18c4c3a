def permute(nums):
    out = []
    path = []
    used = [False] * len(nums)

    def walk():
        if len(path) == len(nums):
            out.append(path[:])
            return
        for i, x in enumerate(nums):
            if not used[i]:
                used[i] = True
                path.append(x)
                walk()
                path.pop()
                used[i] = False

    walk()
    return out
