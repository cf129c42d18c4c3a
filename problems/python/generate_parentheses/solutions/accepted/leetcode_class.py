class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        # Every balanced string is "(" + inside + ")" + rest, split at where the first
        # bracket closes; build the answers for 0, 1, ..., n pairs in turn.
        by_pairs = [[""]]
        for pairs in range(1, n + 1):
            by_pairs.append(
                [
                    "(" + inside + ")" + rest
                    for k in range(pairs)
                    for inside in by_pairs[k]
                    for rest in by_pairs[pairs - 1 - k]
                ]
            )
        return by_pairs[n]
