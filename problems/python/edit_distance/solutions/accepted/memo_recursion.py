from functools import lru_cache


def min_distance(word1, word2):
    @lru_cache(maxsize=None)
    def edits(i, j):
        # Edits turning word1[i:] into word2[j:].
        if i == len(word1):
            return len(word2) - j
        if j == len(word2):
            return len(word1) - i
        if word1[i] == word2[j]:
            return edits(i + 1, j + 1)
        return 1 + min(edits(i + 1, j), edits(i, j + 1), edits(i + 1, j + 1))

    return edits(0, 0)
