class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        # Merge just far enough to see the middle one or two numbers.
        total = len(nums1) + len(nums2)
        i = j = 0
        prev = cur = 0
        for _ in range(total // 2 + 1):
            prev = cur
            if j >= len(nums2) or (i < len(nums1) and nums1[i] <= nums2[j]):
                cur = nums1[i]
                i += 1
            else:
                cur = nums2[j]
                j += 1
        return float(cur) if total % 2 else (prev + cur) / 2
