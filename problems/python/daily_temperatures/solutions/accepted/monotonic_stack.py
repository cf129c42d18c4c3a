def daily_temperatures(temperatures):
    answer = [0] * len(temperatures)
    waiting = []  # days still waiting for a warmer one; their temperatures never rise
    for day, t in enumerate(temperatures):
        while waiting and temperatures[waiting[-1]] < t:
            before = waiting.pop()
            answer[before] = day - before
        waiting.append(day)
    return answer
