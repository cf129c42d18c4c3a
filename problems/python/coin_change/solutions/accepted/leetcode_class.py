class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        # Breadth-first search over amounts paid so far: level k holds what k coins can pay.
        if amount == 0:
            return 0
        seen = {0}
        frontier = [0]
        steps = 0
        while frontier:
            steps += 1
            nxt = []
            for paid in frontier:
                for c in coins:
                    total = paid + c
                    if total == amount:
                        return steps
                    if total < amount and total not in seen:
                        seen.add(total)
                        nxt.append(total)
            frontier = nxt
        return -1
