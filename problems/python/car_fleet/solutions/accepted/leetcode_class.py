class Solution:
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        # Arrival times, nearest car first; the stack keeps each fleet's arrival time.
        stack = []
        for p, s in sorted(zip(position, speed), reverse=True):
            t = (target - p) / s
            if not stack or t > stack[-1]:
                stack.append(t)
        return len(stack)
