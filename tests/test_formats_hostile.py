"""Hostile submissions against LeetCode's formats, judged in Docker as strangers' code is:
class designs whose results lie or refer to themselves, returned iterables that misbehave,
in-place answers made of objects that are not data, and answers forged for the tests after
the first failing one. Each gets the verdict it must get and a message that says why.

The fixtures in tests/fixtures/problems/ keep these independent of the problems' content.
"""

from __future__ import annotations

import pytest

from judge.judging import Options, judge
from judge.model import Report, Submission, Verdict
from judge.problem import load_problem
from judge.runners.docker import DockerRunner
from judge.runners.local import LocalRunner

from .conftest import FIXTURES


def run(
    slug: str, code: str, runner: LocalRunner | DockerRunner, options: Options | None = None
) -> Report:
    folder = FIXTURES / "formats" / slug
    if not folder.is_dir():
        folder = FIXTURES / "basic" / slug
    return judge(load_problem(folder), Submission(code, "python"), runner, options or Options())


def failing(report: Report) -> str:
    return next((t.message for t in report.tests if t.verdict is not Verdict.AC), report.message)


MEDIAN = """
import bisect

class MedianFinder:
    def __init__(self):
        self.nums = []

    def addNum(self, num):
        bisect.insort(self.nums, num)

    def findMedian(self):
        n = len(self.nums)
        return (self.nums[n // 2] + self.nums[(n - 1) // 2]) / 2
"""

# --- class design ----------------------------------------------------------------------------

DESIGN = {
    # An object that claims to equal anything is not data, whatever it says.
    "lying_eq": MEDIAN
    + """
class Liar:
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 0

MedianFinder.findMedian = lambda self: Liar()
""",
    # A result that contains itself.
    "self_referential": MEDIAN
    + """
def _loop(self):
    box = []
    box.append(box)
    return box

MedianFinder.findMedian = _loop
""",
    "constructor_raises": MEDIAN.replace("self.nums = []", "raise ValueError('no')"),
    # Methods answered through __getattr__ on the class's metaclass pass the check for their
    # names, and then the instance has none.
    "metaclass_getattr": """
class Meta(type):
    def __getattr__(cls, name):
        return lambda *args: None

class MedianFinder(metaclass=Meta):
    pass
""",
    # A method written as a generator returns a generator: a list, not a number.
    "method_is_generator": MEDIAN.replace("return (self.nums", "yield (self.nums"),
    # The instance itself returned from addNum.
    "returns_self": MEDIAN.replace("bisect.insort(self.nums, num)", "return self"),
    # The class defined twice: the last definition is judged.
    "defined_twice_last_wrong": MEDIAN
    + MEDIAN.replace("return (self.nums[n // 2]", "return (self.nums[0]"),
    # Reaching into the worker's frame to drop the results it has collected.
    "clears_collected_results": MEDIAN.replace(
        "bisect.insort(self.nums, num)",
        "bisect.insort(self.nums, num)\n"
        "        import sys\n"
        "        found = sys._getframe(1).f_locals.get('results')\n"
        "        if found is not None:\n"
        "            found.clear()",
    ),
    # Results that together pass the 16 MiB an answer may take: said as a wrong answer, not
    # taken for tampering with the judge.
    "results_over_the_frame_cap": MEDIAN.replace(
        "bisect.insort(self.nums, num)",
        "bisect.insort(self.nums, num)\n        return 'x' * 6_000_000",
    ),
    # The worker's own exception classes, raised from a method.
    "raises_the_workers_stop": MEDIAN.replace(
        "bisect.insort(self.nums, num)",
        "import sys\n        raise sys.modules['judge_workerlib'].Stop()",
    ),
}


@pytest.mark.parametrize(
    ("attack", "verdict", "says"),
    [
        ("lying_eq", Verdict.WA, "findMedian(): returned a Liar, which is not plain data"),
        ("self_referential", Verdict.WA, "nested too deeply"),
        ("constructor_raises", Verdict.RTE, "operation 0, MedianFinder():"),
        ("metaclass_getattr", Verdict.RTE, "has no attribute 'addNum'"),
        ("method_is_generator", Verdict.WA, "findMedian(): expected 1.0, got [1.0]"),
        ("returns_self", Verdict.WA, "returned a MedianFinder, which is not plain data"),
        ("defined_twice_last_wrong", Verdict.WA, "at operation 4, findMedian()"),
        ("clears_collected_results", Verdict.WA, "one per operation"),
        ("raises_the_workers_stop", Verdict.RTE, "Stop"),
        ("results_over_the_frame_cap", Verdict.WA, "the returned value is too large"),
    ],
)
def test_design_attacks(
    docker_runner: DockerRunner, attack: str, verdict: Verdict, says: str
) -> None:
    report = run("median_finder", DESIGN[attack], docker_runner)
    assert report.verdict is verdict, failing(report)
    assert says in failing(report)


def test_numpy_results_of_a_design_are_numbers(docker_runner: DockerRunner) -> None:
    code = "import numpy as np\n" + MEDIAN.replace(
        "return (self.nums", "return np.float64(self.nums"
    ).replace(") / 2", ") / np.array(2)")
    report = run("median_finder", code, docker_runner)
    assert report.verdict is Verdict.AC, failing(report)


# --- return conversion -----------------------------------------------------------------------

SUM_AND_SORT = "def sum_and_sort(nums):\n    return {answer}\n"
RETURNS = {
    # Iteration with a side effect (a print) still gives the list it yields.
    "side_effect": "(print('read') or v for v in [sum(nums), sorted(nums)])",
    "numpy_array": "__import__('numpy').array([sum(nums), sorted(nums)], dtype=object)",
    # A list subclass that iterates as the answer and claims to equal anything.
    "list_subclass": "type('L', (list,), {'__eq__': lambda s, o: True})([sum(nums), sorted(nums)])",
    "numpy_of_liars": "__import__('numpy').array([type('X', (), {'__eq__': lambda s, o: True})()])",
    "fake_numpy": "type('A', (), {'__module__': 'numpy', 'tolist': lambda s: s})()",
    "raises_midway": "(v if i == 0 else 1 // 0 for i, v in enumerate([sum(nums), 0]))",
    "numpy_broadcast": "__import__('numpy').broadcast_to(0, (100_000, 100_000))",
    "itertools_groupby": "__import__('itertools').groupby(nums)",
    "over_the_frame_cap": "'x' * 20_000_000",
    "generator_burning_cpu": "(v for v in [0] if any(iter(int, 1)))",
}


@pytest.mark.parametrize(
    ("attack", "verdict", "says"),
    [
        ("side_effect", Verdict.AC, ""),
        ("numpy_array", Verdict.AC, ""),
        ("list_subclass", Verdict.WA, "returned a L, which is not plain data"),
        ("numpy_of_liars", Verdict.WA, "returned a X, which is not plain data"),
        ("fake_numpy", Verdict.WA, "nested too deeply"),
        ("raises_midway", Verdict.RTE, "ZeroDivisionError"),
        ("numpy_broadcast", Verdict.MLE, "memory limit exceeded"),
        ("itertools_groupby", Verdict.WA, "returned a _grouper, which is not plain data"),
        ("generator_burning_cpu", Verdict.TLE, "time limit exceeded"),
        ("over_the_frame_cap", Verdict.WA, "the returned value is too large (19 MiB as JSON"),
    ],
)
def test_return_conversion_attacks(
    docker_runner: DockerRunner, attack: str, verdict: Verdict, says: str
) -> None:
    code = SUM_AND_SORT.format(answer=RETURNS[attack])
    report = run("sum_pairs", code, docker_runner)
    assert report.verdict is verdict, failing(report)
    assert says in failing(report)


# --- in place ----------------------------------------------------------------------------------

# A linked list whose nodes are made as they are read (`next` is a property): each node is
# dropped once read, so the next one may be given the same id. That is no cycle.
LAZY_NODES = """
class Lazy:
    def __init__(self, values, i):
        self.values, self.i = values, i

    @property
    def val(self):
        return self.values[self.i]

    @property
    def next(self):
        return Lazy(self.values, self.i + 1) if self.i + 1 < len(self.values) else None


def values_of(head):
    out = []
    while head:
        out.append(head.val)
        head = head.next
    return out
"""

REORDER_LAZILY = (
    LAZY_NODES
    + """
def reorder_list(head):
    values = values_of(head)
    order = []
    i, j = 0, len(values) - 1
    while i <= j:
        order.append(values[i])
        if i != j:
            order.append(values[j])
        i, j = i + 1, j - 1
    head.val = order[0]
    head.next = Lazy(order, 1) if len(order) > 1 else None
"""
)

REVERSE_LAZILY = (
    LAZY_NODES
    + """
def reverse_list(head):
    values = values_of(head)[::-1]
    return Lazy(values, 0) if values else None
"""
)

IN_PLACE = {
    "rebinds": ("sort_in_place", "def sort_in_place(nums):\n    nums = sorted(nums)\n"),
    "liars_in_the_list": (
        "sort_in_place",
        "class L(int):\n    def __eq__(self, other):\n        return True\n"
        "    __hash__ = int.__hash__\n\n"
        "def sort_in_place(nums):\n    nums[:] = [L(v) for v in sorted(nums)]\n",
    ),
    "numpy_items": (
        "sort_in_place",
        "import numpy as np\n\ndef sort_in_place(nums):\n    nums[:] = np.sort(np.array(nums))\n",
    ),
    "appends": ("sort_in_place", "def sort_in_place(nums):\n    nums.sort()\n    nums.append(0)\n"),
    "cycle": (
        "reorder_in_place",
        "def reorder_list(head):\n    tail = head\n    while tail.next:\n        tail = tail.next\n"
        "    tail.next = head\n",
    ),
    # A node swapped for a subclass whose val cannot be read.
    "val_raises": (
        "reorder_in_place",
        "class P(ListNode):\n    @property\n    def val(self):\n        raise KeyError('val')\n"
        "    @val.setter\n    def val(self, v):\n        pass\n\n"
        "def reorder_list(head):\n    head.__class__ = P\n",
    ),
    # An endless chain of fresh nodes from __getattr__: the length cap or the limits end it.
    "endless_fresh_nodes": (
        "reorder_in_place",
        "class N:\n    def __getattr__(self, name):\n"
        "        return 1 if name == 'val' else N()\n\n"
        "def reorder_list(head):\n    head.next = N()\n",
    ),
    "lazy_nodes_in_place": ("reorder_in_place", REORDER_LAZILY),
    "lazy_nodes_returned": ("reverse_list", REVERSE_LAZILY),
}


@pytest.mark.parametrize(
    ("attack", "verdict", "says"),
    [
        ("rebinds", Verdict.WA, "nums was not modified in place"),
        ("liars_in_the_list", Verdict.WA, "returned a L, which is not plain data"),
        ("numpy_items", Verdict.AC, ""),
        ("appends", Verdict.WA, "wrong answer"),
        ("cycle", Verdict.WA, "the linked list has a cycle"),
        ("val_raises", Verdict.RTE, "KeyError"),
        ("endless_fresh_nodes", (Verdict.WA, Verdict.TLE, Verdict.MLE), ""),
        ("lazy_nodes_in_place", Verdict.AC, ""),
        ("lazy_nodes_returned", Verdict.AC, ""),
    ],
)
def test_in_place_attacks(
    docker_runner: DockerRunner,
    attack: str,
    verdict: Verdict | tuple[Verdict, ...],
    says: str,
) -> None:
    slug, code = IN_PLACE[attack]
    report = run(slug, code, docker_runner)
    allowed = verdict if isinstance(verdict, tuple) else (verdict,)
    assert report.verdict in allowed, failing(report)
    assert says in failing(report)


def test_lazy_nodes_are_no_cycle_under_the_local_runner() -> None:
    report = run("reorder_in_place", REORDER_LAZILY, LocalRunner())
    assert report.verdict is Verdict.AC, failing(report)


# --- stop at the first failing hidden test ----------------------------------------------------

# Right on the sample, wrong on every hidden test; at the first hidden test it also writes
# frames straight onto its reply pipe, which the supervisor reads as the answers to the next
# tests (the worker's claims, as any answer is), and a forged `test` event onto every other
# pipe it finds. The run stops at that first failing hidden test, or with --all goes on; a
# failing run is never accepted.
FORGES_AHEAD = """
import base64, json, os, stat, struct, sys

calls = []

def _frame(obj):
    data = json.dumps(obj).encode()
    return struct.pack(">I", len(data)) + data

def sum_and_sort(nums):
    calls.append(1)
    if len(calls) == 1:
        return [sum(nums), sorted(nums)]
    if len(calls) == 2:
        reply = int(sys.argv[3])
        for _ in range(3):
            value = base64.b64encode(json.dumps([-7, []]).encode()).decode()
            os.write(reply, _frame({"status": "ok", "value": value, "stdout": ""}))
        for fd in range(3, 64):
            try:
                if fd != reply and stat.S_ISFIFO(os.fstat(fd).st_mode):
                    os.write(fd, b'{"event": "test", "index": 3, "status": "ok"}\\n')
            except OSError:
                pass
    return [-7, []]
"""


@pytest.mark.parametrize("every", [False, True])
def test_answers_forged_ahead_never_make_a_failing_run_accepted(
    docker_runner: DockerRunner, every: bool
) -> None:
    options = Options(stop_on_failure=not every, reveal="all")
    report = run("sum_pairs", FORGES_AHEAD, docker_runner, options)
    verdicts = [t.verdict for t in report.tests]
    assert report.verdict in (Verdict.WA, Verdict.RTE), failing(report)
    assert verdicts[0] is Verdict.AC  # the sample
    assert verdicts[1] in (Verdict.WA, Verdict.RTE)  # the first hidden test
    if every:
        assert Verdict.SK not in verdicts, verdicts
    else:
        assert all(v is Verdict.SK for v in verdicts[2:]), verdicts
