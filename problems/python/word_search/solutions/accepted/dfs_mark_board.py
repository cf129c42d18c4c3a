def exist(board, word):
    m, n = len(board), len(board[0])

    def dfs(i, j, k):
        if k == len(word):
            return True
        if i < 0 or j < 0 or i >= m or j >= n or board[i][j] != word[k]:
            return False
        board[i][j] = "#"  # on the current path
        found = dfs(i + 1, j, k + 1) or dfs(i - 1, j, k + 1) or dfs(i, j + 1, k + 1) or dfs(
            i, j - 1, k + 1
        )
        board[i][j] = word[k]
        return found

    return any(dfs(i, j, 0) for i in range(m) for j in range(n))
