# A weak fingerprint: equal lengths and equal sums of letter codes ("ac" and "bb" collide).
def is_anagram(s, t):
    return len(s) == len(t) and sum(map(ord, s)) == sum(map(ord, t))
