# Correct, but simulates unit by unit and, in every unit, recounts each letter in the list
# of tasks still to run: about 10^6 units times 10^4 tasks on the largest tests.
def least_interval(tasks, n):
    remaining = list(tasks)
    last_run = {}
    time = 0
    while remaining:
        best = None
        for c in set(remaining):
            if c in last_run and time - last_run[c] <= n:
                continue
            if best is None or remaining.count(c) > remaining.count(best):
                best = c
        if best is not None:
            remaining.remove(best)
            last_run[best] = time
        time += 1
    return time
