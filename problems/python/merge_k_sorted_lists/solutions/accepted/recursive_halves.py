class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        # Split the lists in halves; two lists merge recursively, one node per call.
        def two(a, b):
            if not a or not b:
                return a or b
            if a.val <= b.val:
                a.next = two(a.next, b)
                return a
            b.next = two(a, b.next)
            return b

        def merge(lo, hi):
            if lo >= hi:
                return None
            if hi - lo == 1:
                return lists[lo]
            mid = (lo + hi) // 2
            return two(merge(lo, mid), merge(mid, hi))

        return merge(0, len(lists))
