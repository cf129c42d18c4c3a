class Trie:
    # Keeps the words in a list and checks every one of them in startsWith: 10^4 prefixes
    # against 10^4 words is 10^8 comparisons.

    def __init__(self):
        self.words = []

    def insert(self, word: str) -> None:
        self.words.append(word)

    def search(self, word: str) -> bool:
        return word in self.words

    def startsWith(self, prefix: str) -> bool:
        return any(w.startswith(prefix) for w in self.words)
