# expect: RTE
# Raises from a function made as it runs, named after the test's input and compiled as part
# of the submission's file, an exception class named after the input with the input as its
# message: every part of the traceback spells the input. A hidden test's summary of it must
# not: a built-in exception's name, a line of the source, a function name the source holds.
def shout(word):
    name = "f_" + "".join(c if c.isalnum() else "_" for c in word)
    error = type(f"Leak_{name}", (Exception,), {})
    scope = {"error": error, "word": word}
    exec(compile(f"def {name}():\n    raise error(word)\n", "solution.py", "exec"), scope)
    return scope[name]()
