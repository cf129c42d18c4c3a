# Uses >= where > is needed: a car reaching the fleet ahead exactly at the destination is
# counted as a fleet of its own.
def car_fleet(target, position, speed):
    fleets = 0
    slowest = 0.0
    for p, s in sorted(zip(position, speed), reverse=True):
        t = (target - p) / s
        if t >= slowest:
            fleets += 1
            slowest = t
    return fleets
