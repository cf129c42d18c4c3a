import operator


class Solution:
    def evalRPN(self, tokens: List[str]) -> int:
        ops = {
            "+": operator.add,
            "-": operator.sub,
            "*": operator.mul,
            "/": lambda a, b: int(a / b),  # float quotient is exact enough for 32-bit values
        }
        stack = []
        for tok in tokens:
            if tok in ops:
                b = stack.pop()
                stack.append(ops[tok](stack.pop(), b))
            else:
                stack.append(int(tok))
        return stack[-1]
