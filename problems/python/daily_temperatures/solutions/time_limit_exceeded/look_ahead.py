# Correct, but looks ahead day by day from every day: O(n^2) when warmer days are far away.
def daily_temperatures(temperatures):
    n = len(temperatures)
    answer = [0] * n
    for i in range(n):
        for j in range(i + 1, n):
            if temperatures[j] > temperatures[i]:
                answer[i] = j - i
                break
    return answer
