def can_jump(nums):
    reach = 0
    for i, x in enumerate(nums):
        if i > reach:
            return False
        if i + x > reach:
            reach = i + x
    return True
