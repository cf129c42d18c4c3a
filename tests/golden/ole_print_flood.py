# expect: OLE
def sum_and_sort(nums):
    while True:
        print("x" * 100_000)
