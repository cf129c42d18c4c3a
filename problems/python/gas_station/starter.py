from typing import List


def can_complete_circuit(gas: List[int], cost: List[int]) -> int:
    """The one station from which the whole circle can be driven, or -1."""
    pass


if __name__ == "__main__":
    # The examples: `python3 gas_station.py` prints your answers beside the expected ones;
    # `judge run gas_station.py` judges them and the hidden tests.

    print(can_complete_circuit([3, 1, 2, 4], [2, 3, 3, 1]), "expected", 3)
    print(can_complete_circuit([1, 2], [2, 2]), "expected", -1)
    print(can_complete_circuit([5], [4]), "expected", 0)
