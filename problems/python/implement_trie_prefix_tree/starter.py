class Trie:
    def __init__(self):
        pass

    def insert(self, word: str) -> None:
        pass

    def search(self, word: str) -> bool:
        pass

    def startsWith(self, prefix: str) -> bool:
        pass


if __name__ == "__main__":
    # The examples: `python3 implement_trie_prefix_tree.py` prints your answers beside the expected ones;
    # `judge run implement_trie_prefix_tree.py` judges them and the hidden tests.

    for ops, args, expected in [
        (
            ["Trie", "insert", "search", "search", "startsWith", "insert", "search", "startsWith"],
            [[], ["car"], ["car"], ["ca"], ["ca"], ["ca"], ["ca"], ["cart"]],
            [None, None, True, False, True, None, True, False],
        ),
        (
            ["Trie", "insert", "insert", "startsWith", "startsWith", "search"],
            [[], ["dog"], ["door"], ["do"], ["dot"], ["do"]],
            [None, None, None, True, False, False],
        ),
    ]:
        obj = Trie(*args[0])
        got = [None] + [getattr(obj, op)(*a) for op, a in zip(ops[1:], args[1:])]
        print(got, "expected", expected)
