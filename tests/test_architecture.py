"""The layer rules of docs/architecture.md, held by walking every module's imports.

A wrong import fails here rather than in review. The walk reads the source with
``ast`` (imports inside functions count too), so lazy imports cannot hide a breach.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "backplan"

LAYERS = ("domain", "schedule", "safety", "interchange", "storage", "services", "reports", "ui")

# What each layer may import from inside backplan (besides itself and the small
# top-level helpers that import nothing of ours but domain).
ALLOWED_INTERNAL: dict[str, set[str]] = {
    "domain": set(),
    "schedule": {"domain"},
    "safety": {"domain", "schedule", "resources_path"},
    "interchange": {"domain", "schedule"},
    "storage": {"domain"},
    "services": {"domain", "schedule", "safety", "interchange", "storage", "resources_path"},
    "reports": {"domain", "schedule", "safety", "resources_path"},
    "ui": {"services", "reports", "domain", "schedule", "safety", "resources_path", "paths"},
}

# Third-party packages a layer must never import (prefix match).
FORBIDDEN_EXTERNAL: dict[str, tuple[str, ...]] = {
    "domain": ("PySide6", "sqlalchemy", "alembic", "matplotlib"),
    "schedule": ("PySide6", "sqlalchemy", "alembic", "matplotlib"),
    "safety": ("PySide6", "sqlalchemy", "alembic", "matplotlib"),
    "interchange": ("PySide6", "sqlalchemy", "alembic", "matplotlib"),
    "storage": ("PySide6", "matplotlib"),
    "services": ("PySide6.QtWidgets", "PySide6.QtGui", "matplotlib"),
    "reports": ("PySide6.QtWidgets", "sqlalchemy", "alembic", "matplotlib.pyplot"),
    "ui": ("sqlalchemy", "alembic", "matplotlib.pyplot"),
}


def _modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC)
        if rel.parts[0] in LAYERS:
            out.append((rel.parts[0], path))
    return out


def _imports(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    found: list[tuple[str, int]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: inside the same layer package
                continue
            module = node.module or ""
            found.append((module, node.lineno))
            found += [(f"{module}.{alias.name}", node.lineno) for alias in node.names]
    return found


MODULES = _modules()


def test_every_layer_has_modules() -> None:
    assert {layer for layer, _ in MODULES} >= set(LAYERS) - {"ui"}


@pytest.mark.parametrize(("layer", "path"), MODULES, ids=[str(p.relative_to(SRC)) for _, p in MODULES])
def test_layer_imports(layer: str, path: Path) -> None:
    breaches = []
    for name, line in _imports(path):
        if name.startswith("backplan."):
            target = name.split(".")[1]
            allowed = target == layer or target in ALLOWED_INTERNAL[layer]
            if not allowed and name not in ("backplan.__version__", "backplan.APP_ID", "backplan.APP_NAME"):
                breaches.append(f"line {line}: {name}")
        for forbidden in FORBIDDEN_EXTERNAL[layer]:
            if name == forbidden or name.startswith(forbidden + "."):
                breaches.append(f"line {line}: {name}")
    assert not breaches, f"{path.relative_to(SRC)} ({layer}) imports: {breaches}"


@pytest.mark.parametrize(("layer", "path"), MODULES, ids=[str(p.relative_to(SRC)) for _, p in MODULES])
def test_no_wall_clock_below_ui(layer: str, path: Path) -> None:
    """Time is passed in: only domain/clock.py and the ui layer read the clock."""
    if layer == "ui" or path.name == "clock.py":
        return
    tree = ast.parse(path.read_text("utf-8"))
    calls = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            attr = node.func.attr
            base = node.func.value
            base_name = base.attr if isinstance(base, ast.Attribute) else getattr(base, "id", "")
            if attr in ("now", "today", "utcnow") and base_name in ("datetime", "date"):
                calls.append(node.lineno)
            if attr == "time" and base_name == "time":
                calls.append(node.lineno)
    assert not calls, f"{path.relative_to(SRC)} reads the wall clock at lines {calls}"


def test_nothing_evaluates_or_unpickles() -> None:
    """No pickle, eval or exec of anything: a plan file is data, never code."""
    offenders = []
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("eval", "exec")
            ):
                offenders.append(f"{path.name}:{node.lineno}")
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] + [getattr(node, "module", "") or ""]
                if any(n in ("pickle", "marshal", "shelve") for n in names):
                    offenders.append(f"{path.name}:{node.lineno}")
    assert not offenders


def test_the_import_contracts_hold() -> None:
    """import-linter's contracts ([tool.importlinter] in pyproject.toml) over the whole
    package, entry points included, relative and lazy imports counted: the walk above
    checks each layer's own lines, these add the indirect chains and cli.py, app.py and
    bootstrap.py, which it does not see."""
    from importlinter.cli import lint_imports

    project = SRC.parents[1]
    assert lint_imports(config_filename=str(project / "pyproject.toml"), no_cache=True, no_logo=True) == 0
