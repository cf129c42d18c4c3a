# Compares which letters occur, not how often: "aab" and "abb" look like anagrams.
def is_anagram(s, t):
    return len(s) == len(t) and set(s) == set(t)
