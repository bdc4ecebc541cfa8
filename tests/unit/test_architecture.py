"""The layers hold: imports point down only, Qt is imported in ui/ alone, and services are the
ui's only door to storage and importers."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_linter_contracts_are_kept():
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint_imports, "import-linter is part of the test extras"
    result = subprocess.run(
        [lint_imports, "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout


BEHIND_SERVICES = ("kundengespraech.storage", "kundengespraech.importers")


def _ui_modules() -> list[Path]:
    return sorted((ROOT / "kundengespraech" / "ui").rglob("*.py"))


def _imported_names(tree: ast.AST) -> list[str]:
    """Every module an import statement names, ``from a import b`` counted as ``a`` and ``a.b``."""
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
            names.extend(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _behind_services(name: str) -> bool:
    return any(name == layer or name.startswith(layer + ".") for layer in BEHIND_SERVICES)


def test_no_ui_module_imports_storage_or_importers():
    """Checked on the source as well, so that the rule holds even if the contract were dropped."""
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in _ui_modules()
        for name in _imported_names(ast.parse(path.read_text(encoding="utf-8")))
        if _behind_services(name)
    ]
    assert offenders == []
    assert _ui_modules(), "the ui package was found"


def test_no_ui_module_reaches_the_database_behind_the_services():
    """The UI calls use cases; ``services.db`` (the open database) is for services and the CLI."""
    offenders = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path in _ui_modules()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and node.attr == "db"
    ]
    assert offenders == []
