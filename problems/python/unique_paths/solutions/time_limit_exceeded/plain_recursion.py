def unique_paths(m, n):
    # Correct, but walks every route: as many calls as there are paths.
    if m == 1 or n == 1:
        return 1
    return unique_paths(m - 1, n) + unique_paths(m, n - 1)
