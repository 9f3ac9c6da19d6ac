"""The package stays small enough to read: no module over MAX_MODULE_LINES, no function over
MAX_FUNCTION_LINES (CONTRIBUTING.md, "small modules"; issue 15). A module or function that grows past
them is split by what its parts do, not by moving lines about."""

import ast
from pathlib import Path

import newsletter

PACKAGE = Path(newsletter.__file__).parent
MAX_MODULE_LINES = 400  # a module a newcomer reads in one sitting
MAX_FUNCTION_LINES = 60  # a function that fits on one screen, docstring and all


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_the_package_has_modules_to_measure():
    assert len(modules()) > 50 and PACKAGE / "deliver" / "ledger.py" in modules()


def test_no_module_is_over_the_limit():
    long = {str(p.relative_to(PACKAGE)): n for p in modules()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES}
    assert long == {}, f"modules over {MAX_MODULE_LINES} lines: split them by what their parts do"


def functions(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node


def length(node: ast.AST) -> int:
    """A function's lines from its `def` to its last line, nested functions included (decorators, such as a
    click command's options, declare rather than do, so they do not count)."""
    return node.end_lineno - node.lineno + 1


def test_no_function_is_over_the_limit():
    long = {f"{p.relative_to(PACKAGE)}::{f.name} (line {f.lineno})": length(f)
            for p in modules() for f in functions(ast.parse(p.read_text(encoding="utf-8")))
            if length(f) > MAX_FUNCTION_LINES}
    assert long == {}, f"functions over {MAX_FUNCTION_LINES} lines"


def test_the_measure_counts_nested_functions_and_not_decorators():
    tree = ast.parse("@a\n@b\ndef f():\n    def g():\n        pass\n    return g\n")
    assert [length(f) for f in functions(tree)] == [4, 2]
