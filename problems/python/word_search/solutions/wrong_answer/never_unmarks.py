# Marks cells as used but never frees them when a path fails, so a later path cannot go
# through a cell that an abandoned path visited.
def exist(board, word):
    m, n = len(board), len(board[0])
    used = set()

    def dfs(i, j, k):
        if k == len(word):
            return True
        if i < 0 or j < 0 or i >= m or j >= n or (i, j) in used or board[i][j] != word[k]:
            return False
        used.add((i, j))
        return dfs(i + 1, j, k + 1) or dfs(i - 1, j, k + 1) or dfs(i, j + 1, k + 1) or dfs(
            i, j - 1, k + 1
        )

    return any(dfs(i, j, 0) for i in range(m) for j in range(n))
