def climb_stairs(n):
    # Correct, but without a memo the same step counts are solved again and again.
    if n <= 2:
        return n
    return climb_stairs(n - 1) + climb_stairs(n - 2)
