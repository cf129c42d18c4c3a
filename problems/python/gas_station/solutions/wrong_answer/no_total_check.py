# Never checks that there is enough fuel in total, so it returns a start even when none works.
def can_complete_circuit(gas, cost):
    tank = start = 0
    for i in range(len(gas)):
        tank += gas[i] - cost[i]
        if tank < 0:
            start, tank = i + 1, 0
    return start if start < len(gas) else -1
