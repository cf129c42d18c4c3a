# Visits the right child before the left one: every level comes out right to left.
def level_order(root):
    levels = []

    def visit(node, depth):
        if node:
            if depth == len(levels):
                levels.append([])
            levels[depth].append(node.val)
            visit(node.right, depth + 1)
            visit(node.left, depth + 1)

    visit(root, 0)
    return levels
