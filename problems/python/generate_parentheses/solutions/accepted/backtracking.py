def generate_parenthesis(n):
    out = []

    def extend(prefix, opened, closed):
        if closed == n:
            out.append(prefix)
            return
        if opened < n:
            extend(prefix + "(", opened + 1, closed)
        if closed < opened:
            extend(prefix + ")", opened, closed + 1)

    extend("", 0, 0)
    return out
