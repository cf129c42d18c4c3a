def is_valid(s):
    closer = {"(": ")", "[": "]", "{": "}"}
    waiting = []  # the closing brackets we still owe, innermost last
    for ch in s:
        if ch in closer:
            waiting.append(closer[ch])
        elif not waiting or waiting.pop() != ch:
            return False
    return not waiting
