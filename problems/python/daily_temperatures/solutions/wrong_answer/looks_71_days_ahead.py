# "There are only 71 possible temperatures, so a warmer day is at most 71 days away":
# false when temperatures repeat.
def daily_temperatures(temperatures):
    n = len(temperatures)
    answer = [0] * n
    for i in range(n):
        for j in range(i + 1, min(n, i + 72)):
            if temperatures[j] > temperatures[i]:
                answer[i] = j - i
                break
    return answer
