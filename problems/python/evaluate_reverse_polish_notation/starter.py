def eval_rpn(tokens: List[str]) -> int:
    """The value of the postfix expression `tokens`; division rounds toward zero."""
    pass
