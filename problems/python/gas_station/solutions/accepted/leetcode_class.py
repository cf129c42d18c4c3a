class Solution:
    def canCompleteCircuit(self, gas: List[int], cost: List[int]) -> int:
        # The start is just after the point where the running balance is lowest.
        balance = 0
        lowest, start = 0, 0
        for i, (g, c) in enumerate(zip(gas, cost)):
            balance += g - c
            if balance < lowest:
                lowest, start = balance, i + 1
        if balance < 0:
            return -1
        return start % len(gas)
