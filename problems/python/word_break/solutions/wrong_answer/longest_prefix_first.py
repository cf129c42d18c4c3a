# Greedy: always cut off the longest word that starts the rest; never goes back.
def word_break(s, wordDict):
    i = 0
    while i < len(s):
        for w in sorted(wordDict, key=len, reverse=True):
            if s.startswith(w, i):
                i += len(w)
                break
        else:
            return False
    return True
