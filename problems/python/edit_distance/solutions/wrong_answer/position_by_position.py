# Greedy: compares the words position by position and adds the difference in length, so an
# insertion near the front counts as a long run of replacements.
def min_distance(word1, word2):
    mismatches = sum(a != b for a, b in zip(word1, word2))
    return mismatches + abs(len(word1) - len(word2))
