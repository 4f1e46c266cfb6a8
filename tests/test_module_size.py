"""No module of ``timeline/`` or ``web/`` runs over 700 lines: a newcomer finds one job per file.

A module that grows past the limit is split along its sections (as ``events/extract.py`` and
``events/merge.py`` were), keeping its names importable from where they were.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 700


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def _modules() -> list[Path]:
    return sorted([*(ROOT / "timeline").rglob("*.py"), *(ROOT / "web").rglob("*.py")])


def test_no_module_over_the_limit():
    modules = _modules()
    assert len(modules) > 20
    over = {str(p.relative_to(ROOT)): _lines(p) for p in modules if _lines(p) > LIMIT}
    assert over == {}, f"split these modules (over {LIMIT} lines): {over}"


@pytest.mark.parametrize("lines, over", [(LIMIT, False), (LIMIT + 1, True)])
def test_the_count_is_by_line(tmp_path, lines, over):
    path = tmp_path / "m.py"
    path.write_text("x = 1\n" * lines, encoding="utf-8")
    assert (_lines(path) > LIMIT) is over
