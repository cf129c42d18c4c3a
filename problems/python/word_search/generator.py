"""Hidden tests for exist (word search): random boards with words traced along real paths and
words that are not there, boards of one letter where a word of that letter followed by another
forces a search through every path, and single rows and columns.

The search is exponential by nature; on a 6 x 6 board of "A" with "A" * 11 + "B" a plain
backtracking search walks about half a million paths, which is fast, while a search that lets
paths revisit cells walks tens of millions of walks. `python generator.py` cross-checks the
reference (backtracking with letter-count pruning) against a brute force trying every path of
the word's length, on random small boards and on the JSON tests.
"""

import json
import random
import string
from collections import Counter
from pathlib import Path

SIDE_MAX = 6
WORD_MAX = 15
LETTERS = string.ascii_letters
STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1))


def reference(board, word):
    have = Counter(ch for row in board for ch in row)
    if any(have[ch] < k for ch, k in Counter(word).items()):
        return False
    if have[word[0]] > have[word[-1]]:
        word = word[::-1]
    m, n = len(board), len(board[0])
    on_path = [[False] * n for _ in range(m)]

    def dfs(i, j, k):
        if on_path[i][j] or board[i][j] != word[k]:
            return False
        if k == len(word) - 1:
            return True
        on_path[i][j] = True
        found = any(
            0 <= i + di < m and 0 <= j + dj < n and dfs(i + di, j + dj, k + 1)
            for di, dj in STEPS
        )
        on_path[i][j] = False
        return found

    return any(dfs(i, j, 0) for i in range(m) for j in range(n))


def brute(board, word):
    """Every path of len(word) cells, compared only once complete."""
    m, n = len(board), len(board[0])

    def paths(path):
        if len(path) == len(word):
            yield path
            return
        i, j = path[-1]
        for di, dj in STEPS:
            cell = (i + di, j + dj)
            if 0 <= cell[0] < m and 0 <= cell[1] < n and cell not in path:
                yield from paths(path + [cell])

    return any(
        "".join(board[i][j] for i, j in p) == word
        for start in ((i, j) for i in range(m) for j in range(n))
        for p in paths([start])
    )


def _case(board, word):
    m, n = len(board), len(board[0])
    assert 1 <= m <= SIDE_MAX and 1 <= n <= SIDE_MAX and all(len(row) == n for row in board)
    assert all(ch in LETTERS for row in board for ch in row)
    assert 1 <= len(word) <= WORD_MAX and all(ch in LETTERS for ch in word)
    return {"args": [board, word], "expected": reference(board, word)}


def _board(rng, m, n, alphabet):
    return [[rng.choice(alphabet) for _ in range(n)] for _ in range(m)]


def _traced(rng, board, length):
    """The letters along a random path (stops early if the path gets stuck)."""
    m, n = len(board), len(board[0])
    path = [(rng.randrange(m), rng.randrange(n))]
    while len(path) < length:
        i, j = path[-1]
        steps = [(i + di, j + dj) for di, dj in STEPS]
        steps = [c for c in steps if 0 <= c[0] < m and 0 <= c[1] < n and c not in path]
        if not steps:
            break
        path.append(rng.choice(steps))
    return "".join(board[i][j] for i, j in path)


def generate():
    rng = random.Random(20260779)
    cases = []
    for alphabet in ("ab", "aAb", "abc"):
        board = _board(rng, rng.randint(2, 4), rng.randint(2, 4), alphabet)
        cases.append(_case(board, _traced(rng, board, rng.randint(3, 8))))
        cases.append(_case(board, "".join(rng.choice(alphabet) for _ in range(rng.randint(3, 8)))))
    # The largest boards: two letters (many partial matches), and all letters of both cases.
    board = _board(rng, 6, 6, "AB")
    cases.append(_case(board, _traced(rng, board, WORD_MAX)))
    cases.append(_case(board, "".join(rng.choice("AB") for _ in range(WORD_MAX))))
    board = _board(rng, 6, 6, LETTERS)
    word = _traced(rng, board, WORD_MAX)
    cases.append(_case(board, word))
    cases.append(_case(board, word[:-1] + word[-1].swapcase()))
    # One letter everywhere: the word fails only on its last letter, after every path.
    cases.append(_case([["A"] * 6 for _ in range(6)], "A" * 11 + "B"))
    cases.append(_case([["A"] * 6 for _ in range(6)], "A" * WORD_MAX))
    corner = [["A"] * 6 for _ in range(6)]
    corner[5][5] = "B"
    cases.append(_case(corner, "A" * 14 + "B"))
    # A single row and a single column.
    row = [_board(rng, 1, 6, "xyz")[0]]
    cases.append(_case(row, "".join(reversed(row[0]))))
    column = [[ch] for ch in "qwerty"]
    cases.append(_case(column, "ytrewq"))
    cases.append(_case(column, "qwertyq"))
    return cases


def _self_check():
    rng = random.Random(3)
    for _ in range(1500):
        alphabet = rng.choice(["ab", "aB", "abc", "a"])
        board = _board(rng, rng.randint(1, 3), rng.randint(1, 3), alphabet)
        if rng.random() < 0.5:
            word = _traced(rng, board, rng.randint(1, 7))
        else:
            word = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 7)))
        assert reference(board, word) == brute(board, word), (board, word)
    here = Path(__file__).parent
    cases = generate()
    for name in ("samples.json", "hidden.json"):
        cases += json.loads((here / "tests" / name).read_text())
    for case in cases:
        _case(*case["args"])
        board, word = case["args"]
        if len(board) * len(board[0]) <= 12 or len(word) <= 6:
            assert brute(board, word) == case["expected"], case
    print(f"ok: {len(generate())} generated tests, answers {[c['expected'] for c in cases]}")


if __name__ == "__main__":
    _self_check()


def scaled(n, seed):
    """A board of about n cells of "A" with two "B"s far apart, and the word "AAAABB": every
    cell starts a search of a few dozen paths and the word is never there (its letters are,
    so counting them does not cut the search short). n drives the board, not the word."""
    rng = random.Random(seed)
    rows = max(int(n**0.5), 2)
    cols = max(n // rows, 2)
    board = [["A"] * cols for _ in range(rows)]
    board[0][0] = board[-1][-1] = "B"
    return [board, "AAAABB"]
