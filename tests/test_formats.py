"""LeetCode's formats end to end: class-design problems, return conversion, in-place answers
and deep recursion, judged through judge() under the local runner, and each under Docker.

Fixtures in tests/fixtures/problems/formats/ (and sum_pairs in basic/) keep these tests
independent of the problems' content; the problem folders are verified on their own.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from judge.judging import Options, judge
from judge.model import Report, Submission, Verdict
from judge.problem import ProblemError, load_problem
from judge.runners.docker import DockerRunner
from judge.runners.local import LocalRunner

from .conftest import FIXTURES

FORMATS = FIXTURES / "formats"


def run(
    slug: str,
    code: str,
    runner: LocalRunner | DockerRunner | None = None,
    options: Options | None = None,
) -> Report:
    folder = FORMATS / slug if (FORMATS / slug).is_dir() else FIXTURES / "basic" / slug
    problem, submission = load_problem(folder), Submission(code, "python")
    return judge(problem, submission, runner or LocalRunner(), options or Options())


def failing(report: Report) -> str:
    return next((t.message for t in report.tests if t.verdict is not Verdict.AC), report.message)


# --- class design ---------------------------------------------------------------------------

MEDIAN = """
class MedianFinder:

    def __init__(self):
        self.small: List[int] = []  # a max-heap, negated
        self.large: List[int] = []

    def addNum(self, num: int) -> None:
        heapq.heappush(self.small, -heapq.heappushpop(self.large, num))
        if len(self.small) > len(self.large):
            heapq.heappush(self.large, -heapq.heappop(self.small))

    def findMedian(self) -> float:
        if len(self.large) > len(self.small):
            return float(self.large[0])
        return (self.large[0] - self.small[0]) / 2
"""

MEAN_NOT_MEDIAN = """
class MedianFinder:
    def __init__(self):
        self.nums = []

    def addNum(self, num: int) -> None:
        self.nums.append(num)

    def findMedian(self) -> float:
        return sum(self.nums) / len(self.nums)
"""

SLIGHTLY_OFF = MEDIAN.replace(
    "return (self.large[0] - self.small[0]) / 2",
    "return (self.large[0] - self.small[0]) / 2 + 1e-7",
)


def test_a_design_class_is_accepted() -> None:
    report = run("median_finder", MEDIAN)
    assert report.verdict is Verdict.AC, failing(report)
    assert report.tests[0].actual == [None, None, 1.0, None, 1.5, None, 2.0]


def test_float_results_are_compared_with_the_tolerance() -> None:
    report = run("median_finder", SLIGHTLY_OFF)
    assert report.verdict is Verdict.AC, failing(report)


def test_a_wrong_result_names_the_first_operation_that_differs() -> None:
    report = run("median_finder", MEAN_NOT_MEDIAN)
    assert report.verdict is Verdict.WA
    # [5, -1, 4]: the median is 4, the mean 2.67; operation 6 is the third findMedian().
    # A hidden test's values are shown only when asked (--reveal).
    assert failing(report).startswith("wrong answer at operation 6, findMedian() (the values")
    shown = run("median_finder", MEAN_NOT_MEDIAN, options=Options(reveal="all"))
    assert "at operation 6, findMedian(): expected 4.0, got 2.66666" in failing(shown)


def test_a_failing_operation_is_named_in_the_runtime_error() -> None:
    code = MEDIAN.replace("return float(self.large[0])", "return float(self.large[1])")
    report = run("median_finder", code)
    assert report.verdict is Verdict.RTE
    message = failing(report)
    assert message.startswith("operation 2, findMedian():"), message
    assert "IndexError" in message


@pytest.mark.parametrize(
    ("code", "says"),
    [
        ("class Solution:\n    pass\n", "must define class MedianFinder"),
        ("MedianFinder = 3\n", "must define class MedianFinder"),
        (
            "class MedianFinder:\n    def addNum(self, num: int) -> None:\n        pass\n",
            "must define the method(s) findMedian",
        ),
    ],
)
def test_a_missing_class_or_method_is_a_compile_error(code: str, says: str) -> None:
    report = run("median_finder", code)
    assert report.verdict is Verdict.CE
    assert says in report.message


def test_a_method_returning_an_object_is_a_wrong_answer() -> None:
    code = MEDIAN.replace("return float(self.large[0])", "return self")
    report = run("median_finder", code)
    assert report.verdict is Verdict.WA
    assert "operation 2, findMedian(): returned a MedianFinder" in failing(report)


def _design_folder(tmp_path: Path, toml_extra: str, samples: str) -> Path:
    folder = tmp_path / "median_finder"
    shutil.copytree(FORMATS / "median_finder", folder)
    toml = (folder / "problem.toml").read_text(encoding="utf-8")
    (folder / "problem.toml").write_text(toml + toml_extra, encoding="utf-8")
    (folder / "tests" / "samples.json").write_text(samples, encoding="utf-8")
    return folder


SAMPLE = '[{"args": [["MedianFinder", "addNum"], [[], [1]]], "expected": [null, null]}]'


@pytest.mark.parametrize(
    ("toml_extra", "samples", "says"),
    [
        ('[function]\nname = "f"\n', SAMPLE, "exactly one of a [function] table and a [design]"),
        ("", '[{"args": [["MedianFinder"], [[], []]], "expected": [null]}]', "same length"),
        ("", '[{"args": [["Other"], [[]]], "expected": [null]}]', "constructor 'MedianFinder'"),
        ("", '[{"args": [["MedianFinder", "pop"], [[], []]], "expected": [null, 1]}]', "'pop'"),
        (
            "",
            '[{"args": [["MedianFinder", "addNum"], [[], 1]], "expected": [null, null]}]',
            "arguments of operation 1",
        ),
        (
            "",
            '[{"args": [["MedianFinder", "addNum"], [[], [1]]], "expected": [null]}]',
            "one result per operation",
        ),
        ("", '[{"args": [["MedianFinder"], [[]]], "expected": [1]}]', "must be null"),
        ("", '[{"args": [["MedianFinder"]], "expected": [null]}]', "[operations, arguments]"),
    ],
)
def test_design_folders_are_checked_at_load(
    tmp_path: Path, toml_extra: str, samples: str, says: str
) -> None:
    with pytest.raises(ProblemError) as caught:
        load_problem(_design_folder(tmp_path, toml_extra, samples))
    assert says in str(caught.value)


def test_design_method_names_are_checked(tmp_path: Path) -> None:
    folder = _design_folder(tmp_path, "", SAMPLE)
    toml = (folder / "problem.toml").read_text(encoding="utf-8")
    toml = toml.replace('methods = ["addNum", "findMedian"]', 'methods = ["addNum", "__init__"]')
    (folder / "problem.toml").write_text(toml, encoding="utf-8")
    with pytest.raises(ProblemError, match="not a public method name"):
        load_problem(folder)


# --- LeetCode's return conversion -----------------------------------------------------------

SUM_AND_SORT = "def sum_and_sort(nums):\n    return {}\n"


@pytest.mark.parametrize(
    "answer",
    [
        "(sum(nums), tuple(sorted(nums)))",
        "iter([sum(nums), iter(sorted(nums))])",
        "(x for x in (sum(nums), map(int, sorted(nums))))",
        "[sum(nums), {i: v for i, v in enumerate(sorted(nums))}.values()]",
        "[sum(nums), dict.fromkeys(sorted(nums)).keys()]",
        "[sum(nums), collections.deque(sorted(nums))]",
        "[sum(nums), filter(None, sorted(nums))]",
        "[sum(nums), itertools.chain(sorted(nums))]",
        "[sum(nums), reversed(sorted(nums, reverse=True))]",
        "[sum(nums), [v for _, v in zip(nums, sorted(nums))]]",
    ],
)
def test_any_iterable_leetcode_accepts_is_a_list(answer: str) -> None:
    report = run("sum_pairs", SUM_AND_SORT.format(answer))
    assert report.verdict is Verdict.AC, failing(report)


def test_ranges_and_dict_items_become_lists() -> None:
    code = "def sum_and_sort(nums):\n    return [range(2), {0: 1}.items()]\n"
    report = run("sum_pairs", code)
    assert report.tests[0].actual == [[0, 1], [[0, 1]]]


def test_an_endless_generator_is_a_clear_wrong_answer() -> None:
    report = run("sum_pairs", SUM_AND_SORT.format("itertools.count()"))
    assert report.verdict is Verdict.WA
    assert "more than 2,000,000 items (endless?)" in failing(report)


def test_an_error_inside_a_returned_generator_is_a_runtime_error() -> None:
    code = "def sum_and_sort(nums):\n    return (1 // x for x in [1, 0])\n"
    report = run("sum_pairs", code)
    assert report.verdict is Verdict.RTE
    assert "ZeroDivisionError" in failing(report)


def test_an_iterable_of_the_submissions_own_is_not_data() -> None:
    code = "class Bag:\n    def __iter__(self):\n        yield 1\n\n" + SUM_AND_SORT.format("Bag()")
    report = run("sum_pairs", code)
    assert report.verdict is Verdict.WA
    assert "returned a Bag" in failing(report)


# --- in place -------------------------------------------------------------------------------

SORT_IN_PLACE = "class Solution:\n    def sortInPlace(self, nums: List[int]) -> None:\n        {}\n"
REORDER = """
class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        nodes = []
        while head:
            nodes.append(head)
            head = head.next
        i, j = 0, len(nodes) - 1
        while i < j:
            nodes[i].next = nodes[j]
            i += 1
            if i == j:
                break
            nodes[j].next = nodes[i]
            j -= 1
        nodes[i].next = None
"""


@pytest.mark.parametrize(
    ("slug", "code", "verdict"),
    [
        ("sort_in_place", SORT_IN_PLACE.format("nums.sort()"), Verdict.AC),
        ("sort_in_place", SORT_IN_PLACE.format("nums[:] = sorted(nums)"), Verdict.AC),
        ("sort_in_place", SORT_IN_PLACE.format("nums.sort()\n        return [0]"), Verdict.AC),
        ("reorder_in_place", REORDER, Verdict.AC),
    ],
)
def test_the_changed_argument_is_the_answer(slug: str, code: str, verdict: Verdict) -> None:
    report = run(slug, code)
    assert report.verdict is verdict, failing(report)


@pytest.mark.parametrize(
    ("slug", "code", "name"),
    [
        ("sort_in_place", SORT_IN_PLACE.format("nums = sorted(nums)"), "nums"),
        ("sort_in_place", "def sort_in_place(nums):\n    return sorted(nums)\n", "nums"),
        ("reorder_in_place", "def reorder_list(head):\n    head = head.next\n", "head"),
    ],
)
def test_rebinding_the_name_is_told(slug: str, code: str, name: str) -> None:
    report = run(slug, code)
    assert report.verdict is Verdict.WA
    assert f"{name} was not modified in place" in failing(report)


def test_a_wrong_change_in_place_is_a_plain_wrong_answer() -> None:
    report = run("sort_in_place", SORT_IN_PLACE.format("nums.reverse()"))
    assert report.verdict is Verdict.WA
    assert "in place" not in failing(report)


def test_in_place_must_name_a_parameter_of_the_starter(tmp_path: Path) -> None:
    folder = tmp_path / "sort_in_place"
    shutil.copytree(FORMATS / "sort_in_place", folder)
    toml = (folder / "problem.toml").read_text(encoding="utf-8")
    (folder / "problem.toml").write_text(toml.replace('"nums"', '"arr"'), encoding="utf-8")
    with pytest.raises(ProblemError, match=r"in_place = 'arr' is not a parameter .*\(nums\)"):
        load_problem(folder)


# --- deep recursion -------------------------------------------------------------------------

DEPTH = """
class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        if not root:
            return 0
        return 1 + max(self.maxDepth(root.left), self.maxDepth(root.right))
"""
DEPTH_CACHED = """
class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        @cache
        def depth(node):
            return 1 + max(depth(node.left), depth(node.right)) if node else 0
        return depth(root)
"""
FLOOD_FILL = """
class Solution:
    def largestIsland(self, grid: List[List[str]]) -> int:
        m, n = len(grid), len(grid[0])
        def dfs(i, j):
            if i < 0 or j < 0 or i >= m or j >= n or grid[i][j] != "1":
                return 0
            grid[i][j] = "#"
            return 1 + dfs(i + 1, j) + dfs(i - 1, j) + dfs(i, j + 1) + dfs(i, j - 1)
        return max(dfs(i, j) for i in range(m) for j in range(n))
"""
# 40,000 calls deep through lru_cache, max() and a generator expression at every level.
INCREASING_PATH = """
class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        m, n = len(matrix), len(matrix[0])
        @lru_cache(maxsize=None)
        def dfs(i, j):
            steps = ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1))
            return 1 + max(
                (dfs(a, b) for a, b in steps
                 if 0 <= a < m and 0 <= b < n and matrix[a][b] > matrix[i][j]),
                default=0,
            )
        return max(dfs(i, j) for i in range(m) for j in range(n))
"""
ENDLESS = {
    "plain": "def max_depth(root):\n    return max_depth(root) + 1\n",
    "cache": "@cache\ndef down(k):\n    return down(k + 1) + 1\n\ndef max_depth(root):\n    return down(0)\n",
    "generator": "def max_depth(root):\n    return sum(max_depth(root) for _ in [0])\n",
}


@pytest.mark.parametrize(
    ("slug", "code"),
    [
        ("tree_depth", DEPTH),
        ("tree_depth", DEPTH_CACHED),
        ("island_area", FLOOD_FILL),
        ("increasing_path", INCREASING_PATH),
    ],
)
def test_recursion_as_deep_as_leetcode_allows(slug: str, code: str) -> None:
    report = run(slug, code)
    assert report.verdict is Verdict.AC, failing(report)


@pytest.mark.parametrize("way", sorted(ENDLESS))
def test_endless_recursion_is_a_recursion_error(way: str) -> None:
    report = run("tree_depth", ENDLESS[way])
    assert report.verdict is Verdict.RTE, failing(report)
    assert "RecursionError: maximum recursion depth exceeded" in failing(report)


# --- the same through Docker ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("slug", "code", "verdict", "says"),
    [
        ("median_finder", MEDIAN, Verdict.AC, ""),
        ("median_finder", MEAN_NOT_MEDIAN, Verdict.WA, "at operation 6, findMedian()"),
        (
            "sum_pairs",
            SUM_AND_SORT.format("(sum(nums), {x: x for x in sorted(nums)}.values())"),
            Verdict.AC,
            "",
        ),
        ("sum_pairs", SUM_AND_SORT.format("iter([sum(nums), iter(sorted(nums))])"), Verdict.AC, ""),
        ("sum_pairs", SUM_AND_SORT.format("itertools.repeat(1)"), Verdict.WA, "endless?"),
        ("reorder_in_place", REORDER, Verdict.AC, ""),
        ("sort_in_place", SORT_IN_PLACE.format("nums = sorted(nums)"), Verdict.WA, "in place"),
        ("increasing_path", INCREASING_PATH, Verdict.AC, ""),
        ("tree_depth", DEPTH, Verdict.AC, ""),
        ("tree_depth", ENDLESS["cache"], Verdict.RTE, "RecursionError"),
        ("tree_depth", ENDLESS["generator"], Verdict.RTE, "RecursionError"),
    ],
)
def test_formats_under_docker(
    docker_runner: DockerRunner, slug: str, code: str, verdict: Verdict, says: str
) -> None:
    report = run(slug, code, docker_runner)
    assert report.verdict is verdict, failing(report)
    assert says in failing(report)
