class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        # Prune: the board must hold enough of every letter, and starting from the rarer end
        # of the word cuts the search on boards full of the word's first letter.
        have = Counter(ch for row in board for ch in row)
        need = Counter(word)
        if any(have[ch] < k for ch, k in need.items()):
            return False
        if have[word[0]] > have[word[-1]]:
            word = word[::-1]
        m, n = len(board), len(board[0])
        seen = [[False] * n for _ in range(m)]

        def dfs(i: int, j: int, k: int) -> bool:
            if board[i][j] != word[k] or seen[i][j]:
                return False
            if k == len(word) - 1:
                return True
            seen[i][j] = True
            for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if 0 <= a < m and 0 <= b < n and dfs(a, b, k + 1):
                    seen[i][j] = False
                    return True
            seen[i][j] = False
            return False

        return any(dfs(i, j, 0) for i in range(m) for j in range(n))
