# expect: WA
class Anything(list):
    def __eq__(self, other):
        return True

    def __len__(self):
        return 2


def sum_and_sort(nums):
    return Anything()
