# expect: MLE
def sum_and_sort(nums):
    hog = []
    while True:
        hog.append(bytearray(16 << 20))
