from collections import deque


def word_break(s, wordDict):
    # Positions where a cut can fall, explored once each.
    lengths = sorted({len(w) for w in wordDict})
    words = set(wordDict)
    seen = {0}
    queue = deque([0])
    while queue:
        i = queue.popleft()
        if i == len(s):
            return True
        for k in lengths:
            j = i + k
            if j > len(s):
                break
            if j not in seen and s[i:j] in words:
                seen.add(j)
                queue.append(j)
    return False
