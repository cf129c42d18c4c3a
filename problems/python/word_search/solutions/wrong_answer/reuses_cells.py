# Never marks cells, so a path may come back to a cell: "ABA" is found in [["A", "B"]].
def exist(board, word):
    m, n = len(board), len(board[0])

    def dfs(i, j, k):
        if k == len(word):
            return True
        if i < 0 or j < 0 or i >= m or j >= n or board[i][j] != word[k]:
            return False
        return dfs(i + 1, j, k + 1) or dfs(i - 1, j, k + 1) or dfs(i, j + 1, k + 1) or dfs(
            i, j - 1, k + 1
        )

    return any(dfs(i, j, 0) for i in range(m) for j in range(n))
