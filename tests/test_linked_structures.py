"""ListNode and TreeNode arguments are built from, and answers compared as, LeetCode's list forms."""

from __future__ import annotations

import pytest

from judge.judging import judge
from judge.model import Submission, Verdict
from judge.problem import load_problem
from judge.runners.local import LocalRunner

from .conftest import FIXTURES

REVERSE = """
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev = None
        while head:
            head.next, prev, head = prev, head, head.next
        return prev
"""

INVERT = """
def invert_tree(root):
    if root:
        root.left, root.right = invert_tree(root.right), invert_tree(root.left)
    return root
"""

CYCLE = """
def reverse_list(head):
    if head:
        head.next = head  # a cycle: must be a clear wrong answer, not a hang
    return head
"""


@pytest.mark.parametrize(
    ("slug", "code", "verdict"),
    [
        ("reverse_list", REVERSE, Verdict.AC),
        ("invert_tree", INVERT, Verdict.AC),
        ("reverse_list", CYCLE, Verdict.WA),
        ("invert_tree", "def invert_tree(root):\n    return root\n", Verdict.WA),
    ],
)
def test_linked_structures(slug: str, code: str, verdict: Verdict) -> None:
    problem = load_problem(FIXTURES / "basic" / slug)
    report = judge(problem, Submission(code, "python"), LocalRunner())
    assert report.verdict is verdict, report.tests


def test_cycle_message() -> None:
    problem = load_problem(FIXTURES / "basic" / "reverse_list")
    report = judge(problem, Submission(CYCLE, "python"), LocalRunner())
    assert "cycle" in report.tests[0].message


MERGE_K = """
class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        values = []
        for head in lists:
            assert head is None or isinstance(head, ListNode)
            while head:
                values.append(head.val)
                head = head.next
        dummy = tail = ListNode()
        for v in sorted(values):
            tail.next = ListNode(v)
            tail = tail.next
        return dummy.next
"""


def test_a_list_of_linked_lists_is_built_node_by_node() -> None:
    """`list_node[]`: each inner list arrives as a ListNode chain (or None when empty)."""
    problem = load_problem(
        FIXTURES.parents[1].parent / "problems" / "python" / "merge_k_sorted_lists"
    )
    report = judge(problem, Submission(MERGE_K, "python"), LocalRunner())
    assert report.verdict is Verdict.AC, report.tests
    plain = "def merge_k_lists(lists):\n    return sorted(v for l in lists for v in l)\n"
    report = judge(problem, Submission(plain, "python"), LocalRunner())
    assert report.verdict is Verdict.RTE  # lists of nodes, not Python lists


def test_shared_and_cyclic_structures_are_wrong_answers_named_at_once() -> None:
    """A node met twice is named when it is met: no walk to the length cap at the
    submission's expense."""
    tree = load_problem(FIXTURES / "basic" / "invert_tree")
    shared = "def invert_tree(root):\n    if root and root.left:\n        root.right = root.left\n    return root\n"
    report = judge(tree, Submission(shared, "python"), LocalRunner())
    assert report.verdict is Verdict.WA
    assert any("shared" in t.message for t in report.tests), report.tests
    looped = "def invert_tree(root):\n    if root:\n        root.left = root\n    return root\n"
    report = judge(tree, Submission(looped, "python"), LocalRunner())
    assert report.verdict is Verdict.WA
    lists = load_problem(FIXTURES / "basic" / "reverse_list")
    report = judge(lists, Submission(CYCLE, "python"), LocalRunner())
    cyclic = [t for t in report.tests if "cycle" in t.message]
    assert cyclic and all(t.time is not None and t.time < 0.1 for t in cyclic)
