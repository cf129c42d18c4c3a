# Correct, but lets a path come back to a cell and only rejects it once the whole word is
# matched: it walks every walk, not only paths, which is billions on a board of equal letters.
def exist(board, word):
    m, n = len(board), len(board[0])
    path = []

    def dfs(i, j, k):
        if i < 0 or j < 0 or i >= m or j >= n or board[i][j] != word[k]:
            return False
        path.append((i, j))
        if k == len(word) - 1:
            ok = len(set(path)) == len(path)
        else:
            ok = dfs(i + 1, j, k + 1) or dfs(i - 1, j, k + 1) or dfs(i, j + 1, k + 1) or dfs(
                i, j - 1, k + 1
            )
        path.pop()
        return ok

    return any(dfs(i, j, 0) for i in range(m) for j in range(n))
