"""Layers: only the store package speaks SQLite (timeline/store/); everything else goes
through :class:`timeline.store.Store` and sees :class:`timeline.errors.StoreError`."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STORE = ROOT / "timeline" / "store"


def _imports_sqlite(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names = [node.module or ""]
        else:
            continue
        if any(name == "sqlite3" or name.startswith("sqlite3.") for name in names):
            return True
    return False


def test_only_the_store_package_imports_sqlite3():
    files = sorted([*(ROOT / "timeline").rglob("*.py"), *(ROOT / "web").rglob("*.py")])
    assert len(files) > 20 and any(STORE in f.parents for f in files)
    offenders = [
        str(f.relative_to(ROOT)) for f in files if STORE not in f.parents and _imports_sqlite(f)
    ]
    assert offenders == []


def test_the_scan_finds_an_import(tmp_path):
    for source in ("import sqlite3\n", "def f():\n    from sqlite3 import Error\n"):
        path = tmp_path / "m.py"
        path.write_text(source, encoding="utf-8")
        assert _imports_sqlite(path)
    path.write_text("import json  # sqlite3 in a comment\n", encoding="utf-8")
    assert not _imports_sqlite(path)
