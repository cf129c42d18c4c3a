# Rounds the distance down to a whole number: √49 and √50 both become 7, and ties keep the
# input order.
def k_closest(points, k):
    return sorted(points, key=lambda p: int((p[0] ** 2 + p[1] ** 2) ** 0.5))[:k]
