# Integer division for the arrival times: 10 / 3 hours becomes 3, equal to a car that
# really needs 3 hours, and the two are wrongly put in one fleet.
def car_fleet(target, position, speed):
    fleets = 0
    slowest = -1
    for p, s in sorted(zip(position, speed), reverse=True):
        t = (target - p) // s
        if t > slowest:
            fleets += 1
            slowest = t
    return fleets
