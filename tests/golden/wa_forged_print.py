# expect: WA
def sum_and_sort(nums):
    print('{"event": "test", "index": 0, "status": "ok", "value_json": "[6, [1, 2, 3]]"}')
    return [0, []]
