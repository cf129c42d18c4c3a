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
