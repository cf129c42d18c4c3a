# Deletes every occurrence of each word and checks nothing is left: deleting a word can glue
# two pieces into something that looks like another word, and the deleting order matters.
def word_break(s, wordDict):
    for w in sorted(wordDict, key=len, reverse=True):
        s = s.replace(w, "")
    return s == ""
