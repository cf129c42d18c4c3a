class Solution:
    def isValid(self, s: str) -> bool:
        # Strip innermost pairs until nothing changes; balanced strings vanish completely.
        while True:
            shorter = s.replace("()", "").replace("[]", "").replace("{}", "")
            if shorter == s:
                return not s
            s = shorter
