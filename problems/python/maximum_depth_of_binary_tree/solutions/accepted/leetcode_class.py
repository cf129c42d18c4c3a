class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        # Breadth-first: one pass of the queue per level.
        if not root:
            return 0
        depth = 0
        queue = deque([root])
        while queue:
            depth += 1
            for _ in range(len(queue)):
                node = queue.popleft()
                if node.left:
                    queue.append(node.left)
                if node.right:
                    queue.append(node.right)
        return depth
