from typing import List


def product_except_self(nums: List[int]) -> List[int]:
    pass


if __name__ == "__main__":
    # The examples: `python3 product_of_array_except_self.py` prints your answers beside the expected ones;
    # `judge run product_of_array_except_self.py` judges them and the hidden tests.

    print(product_except_self([2, 3, 4, 5]), "expected", [60, 40, 30, 24])
    print(product_except_self([-1, 2, 0, 4]), "expected", [0, 0, -8, 0])
    print(product_except_self([-2, -3]), "expected", [-3, -2])
