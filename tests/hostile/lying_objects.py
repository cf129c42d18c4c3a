# expect: WA
# Returns objects that claim to equal anything: __eq__ always true, a __repr__ and __len__
# that look like the answer, a str subclass, and a class whose metaclass claims to be str.


class _Liar:
    def __init__(self, text):
        self.text = text

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __hash__(self):
        return 0

    def __repr__(self):
        return repr(self.text)

    def __str__(self):
        return self.text

    def __len__(self):
        return len(self.text)


class _LyingStr(str):
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 0


class _Meta(type):
    def __eq__(cls, other):
        return True

    def __hash__(cls):
        return hash(str)


class _Disguised(_Liar, metaclass=_Meta):
    pass


calls = []


def shout(word):
    calls.append(word)
    answer = word.upper() + "!"
    kinds = [_Liar(answer), _LyingStr("nope"), _Disguised(answer)]
    return kinds[len(calls) % len(kinds)]
