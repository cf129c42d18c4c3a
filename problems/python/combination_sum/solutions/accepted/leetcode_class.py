class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        # Knapsack over candidates: ways[s] holds the combinations of the candidates seen so
        # far that sum to s, each listed once because candidates are added in a fixed order.
        ways = [[] for _ in range(target + 1)]
        ways[0].append([])
        for c in candidates:
            for s in range(c, target + 1):
                for combo in ways[s - c]:
                    ways[s].append(combo + [c])
        return ways[target]
