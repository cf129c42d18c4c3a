from itertools import permutations


def permute(nums):
    return [list(p) for p in permutations(nums)]
