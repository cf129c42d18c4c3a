# Builds n pairs from n - 1 pairs by wrapping, prepending or appending "()": this misses
# strings such as "(())(())" that are two larger groups side by side.
def generate_parenthesis(n):
    found = {"()"}
    for _ in range(n - 1):
        found = {w for s in found for w in ("(" + s + ")", "()" + s, s + "()")}
    return list(found)
