def longest_common_subsequence(text1, text2):
    # Allison-Dix bit-parallel LCS: bit j of `row` marks where the answer for text2[:j + 1]
    # steps up; one big-integer update per letter of text1.
    where = {}
    for j, c in enumerate(text2):
        where[c] = where.get(c, 0) | (1 << j)
    row = 0
    for c in text1:
        x = where.get(c, 0) | row
        row = x & ~(x - ((row << 1) | 1))
    return bin(row).count("1")
