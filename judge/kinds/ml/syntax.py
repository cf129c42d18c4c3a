"""Reading names in a submission's syntax tree: what a dotted expression stands for, given
the imports the code makes (used by the ML policies)."""

from __future__ import annotations

import ast


class Names:
    """Local names bound by imports, to the dotted path they stand for.

    Flow-insensitive on purpose: an alias made anywhere (even inside a function) counts
    everywhere, which is what a reader assumes too.
    """

    def __init__(self, tree: ast.AST) -> None:
        self.aliases: dict[str, str] = {}
        self.star: list[str] = []
        self.local: set[str] = set()  # names the code binds itself: never from a star import
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
                self.local.add(node.id)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                self.local.add(node.name)
            elif isinstance(node, ast.arg):
                self.local.add(node.arg)
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname:
                        self.aliases[alias.asname] = alias.name
                    else:
                        top = alias.name.partition(".")[0]
                        self.aliases[top] = top
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                for alias in node.names:
                    if alias.name == "*":
                        self.star.append(node.module)
                    else:
                        self.aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"

    def resolve(self, dotted: str) -> list[str]:
        """Every full name a dotted expression may stand for."""
        head, _, rest = dotted.partition(".")
        tail = f".{rest}" if rest else ""
        if head in self.aliases:
            return [self.aliases[head] + tail]
        if head in self.local:
            return []
        return [f"{module}.{dotted}" for module in self.star]


def dotted(node: ast.AST) -> str:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return ""
    parts.append(node.id)
    return ".".join(reversed(parts))


IMPORT_CALLS = ("__import__", "importlib.import_module", "import_module")


def imported_by_call(node: ast.AST) -> str:
    """The module a call such as `__import__("numpy.linalg")` or `import_module(...)` names
    with a constant string ("" for any other node)."""
    if (
        isinstance(node, ast.Call)
        and dotted(node.func) in IMPORT_CALLS
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    ):
        return node.args[0].value
    return ""
