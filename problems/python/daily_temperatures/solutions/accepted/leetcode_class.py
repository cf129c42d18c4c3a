class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        # From the right: to find a day warmer than day i, hop from i + 1 along the answers
        # already known; each hop skips days that cannot be warmer.
        n = len(temperatures)
        answer = [0] * n
        for i in range(n - 2, -1, -1):
            j = i + 1
            while temperatures[j] <= temperatures[i]:
                if answer[j] == 0:
                    j = i  # nothing warmer ahead
                    break
                j += answer[j]
            answer[i] = j - i
        return answer
