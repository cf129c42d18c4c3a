# Walks down a single chain, taking the left child when there is one: misses deeper
# leaves that hang off other branches.
def max_depth(root):
    depth = 0
    while root:
        depth += 1
        root = root.left or root.right
    return depth
