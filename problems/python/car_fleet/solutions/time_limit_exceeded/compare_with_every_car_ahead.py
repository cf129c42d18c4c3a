# Correct, but decides for each car separately whether some car ahead arrives no earlier:
# O(n^2) when no car ever catches up.
def car_fleet(target, position, speed):
    cars = sorted(zip(position, speed), reverse=True)
    times = [(target - p) / s for p, s in cars]
    fleets = 0
    for i in range(len(times)):
        if all(times[j] < times[i] for j in range(i)):
            fleets += 1
    return fleets
