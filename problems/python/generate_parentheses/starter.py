def generate_parenthesis(n: int) -> List[str]:
    """Every balanced string of n pairs of round brackets, each once, in any order."""
    pass
