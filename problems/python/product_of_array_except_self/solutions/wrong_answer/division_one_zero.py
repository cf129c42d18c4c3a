# Divides the product of the non-zero elements; right for no zero or one zero,
# but with two zeros every answer is 0, and this returns a non-zero product at each zero.
def product_except_self(nums):
    product = 1
    for x in nums:
        if x != 0:
            product *= x
    if 0 in nums:
        return [product if x == 0 else 0 for x in nums]
    return [product // x for x in nums]
