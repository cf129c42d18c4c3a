class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        have = defaultdict(int)
        satisfied, required = 0, len(need)
        best_len, best_start = len(s) + 1, 0
        left = 0
        for right, ch in enumerate(s):
            if ch in need:
                have[ch] += 1
                if have[ch] == need[ch]:
                    satisfied += 1
            while satisfied == required:
                if right - left + 1 < best_len:
                    best_len, best_start = right - left + 1, left
                out = s[left]
                if out in need:
                    have[out] -= 1
                    if have[out] < need[out]:
                        satisfied -= 1
                left += 1
        return s[best_start : best_start + best_len] if best_len <= len(s) else ""
