# Stops one letter early: once all but the last letter match, it answers True without looking
# for a neighbour holding the last one.
def exist(board, word):
    m, n = len(board), len(board[0])

    def dfs(i, j, k):
        if i < 0 or j < 0 or i >= m or j >= n or board[i][j] != word[k]:
            return False
        if k >= len(word) - 2:
            return True
        board[i][j] = "#"
        found = dfs(i + 1, j, k + 1) or dfs(i - 1, j, k + 1) or dfs(i, j + 1, k + 1) or dfs(
            i, j - 1, k + 1
        )
        board[i][j] = word[k]
        return found

    if len(word) == 1:
        return any(word in row for row in board)
    return any(dfs(i, j, 0) for i in range(m) for j in range(n))
