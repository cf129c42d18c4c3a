# Greedy: matches each letter of text1 with its first occurrence in text2 after the last
# match, so one early match can block many later ones.
def longest_common_subsequence(text1, text2):
    count, pos = 0, 0
    for c in text1:
        k = text2.find(c, pos)
        if k >= 0:
            count += 1
            pos = k + 1
    return count
