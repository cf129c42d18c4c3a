# expect: MLE|WA|RTE
# Returns about 100 MB of well-formed JSON made of empty lists, which would cost the judge
# gigabytes to decode (each empty list is a Python object); building it already breaks the
# worker's memory limit, and a value far larger than the expected answer is never decoded.
def shout(word):
    return [[]] * 30_000_000
