# Counts inserts and deletes only (through the longest common subsequence): a replacement
# costs 2 here instead of 1.
def min_distance(word1, word2):
    prev = [0] * (len(word2) + 1)
    for a in word1:
        cur = [0]
        for j, b in enumerate(word2):
            cur.append(prev[j] + 1 if a == b else max(prev[j + 1], cur[j]))
        prev = cur
    return len(word1) + len(word2) - 2 * prev[-1]
