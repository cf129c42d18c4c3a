# Forgets to sort by position: cars are taken in the order given, not nearest first.
def car_fleet(target, position, speed):
    fleets = 0
    slowest = 0.0
    for p, s in zip(position, speed):
        t = (target - p) / s
        if t > slowest:
            fleets += 1
            slowest = t
    return fleets
