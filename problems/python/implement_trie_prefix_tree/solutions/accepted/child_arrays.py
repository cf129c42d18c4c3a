class Trie:
    # Nodes are rows of parallel arrays: 26 child indices (0 = none) and an end flag.

    def __init__(self):
        self.next = [[0] * 26]
        self.end = [False]

    def insert(self, word: str) -> None:
        node = 0
        for c in word:
            i = ord(c) - 97
            if not self.next[node][i]:
                self.next[node][i] = len(self.next)
                self.next.append([0] * 26)
                self.end.append(False)
            node = self.next[node][i]
        self.end[node] = True

    def _walk(self, s):
        node = 0
        for c in s:
            node = self.next[node][ord(c) - 97]
            if not node:
                return -1
        return node

    def search(self, word: str) -> bool:
        node = self._walk(word)
        return node >= 0 and self.end[node]

    def startsWith(self, prefix: str) -> bool:
        return self._walk(prefix) >= 0
