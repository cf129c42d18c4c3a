# expect: AC
# Debug prints far beyond what is kept (the cap) but short of a flood: the output is cut and
# marked, the answers are judged as they are.
def sum_and_sort(nums):
    for i in range(2000):
        print("looking at", nums, "step", i, "x" * 100)
    return [sum(nums), sorted(nums)]
