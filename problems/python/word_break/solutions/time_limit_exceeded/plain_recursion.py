def word_break(s, wordDict):
    # Correct, but without a memo the same suffix is tried again on every cutting before it.
    if s == "":
        return True
    for w in wordDict:
        if s.startswith(w) and word_break(s[len(w):], wordDict):
            return True
    return False
