# Pops on <= instead of <, so a day of equal temperature is taken as warmer.
def daily_temperatures(temperatures):
    answer = [0] * len(temperatures)
    waiting = []
    for day, t in enumerate(temperatures):
        while waiting and temperatures[waiting[-1]] <= t:
            before = waiting.pop()
            answer[before] = day - before
        waiting.append(day)
    return answer
