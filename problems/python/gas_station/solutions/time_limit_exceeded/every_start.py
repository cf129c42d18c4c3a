def can_complete_circuit(gas, cost):
    # Drives around from every start: O(n^2) when starts fail late.
    n = len(gas)
    if sum(gas) < sum(cost):
        return -1
    for s in range(n):
        tank = 0
        for k in range(n):
            i = (s + k) % n
            tank += gas[i] - cost[i]
            if tank < 0:
                break
        else:
            return s
    return -1
