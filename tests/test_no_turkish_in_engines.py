"""The engines hold no Turkish: words and endings live in ``timeline/lang/tr/``.

An AST scan of the string literals of the engine modules (f-string parts and regular
expressions included; docstrings and comments are prose and may quote Turkish) flags any
literal with a letter of the Turkish alphabet outside ASCII, or with a word from a short list
of ASCII-only Turkish endings and words. ``timeline/i18n/`` (interface texts) is data and is
not scanned.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "timeline"
SCANNED = [ROOT / "temporal", ROOT / "events", ROOT / "text.py", ROOT / "documents"]
TURKISH_LETTERS = re.compile("[çğıöşüÇĞİÖŞÜ]")
# Case endings, tense endings and small words as they would appear in a literal or a regex
# alternation; none is an English word or a Python/regex name used in the engines.
ASCII_TURKISH = frozenset(
    """da de ta te dan den tan ten daki deki nin nun ya ye yi yu yla yle iyla
    yor iyor uyor acak ecek acag eceg mis mus miyor mistir
    ve veya ile ki evet hayir gun yil ay hafta saat baslik icerik tarih yayin""".split()
)
_WORD = re.compile(r"[A-Za-z]+")


def _files() -> list[Path]:
    out: list[Path] = []
    for path in SCANNED:
        out.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return out


def _docstrings(tree: ast.AST) -> set[int]:
    kinds = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
    out = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None) if isinstance(node, kinds) else None
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            out.add(id(body[0].value))
    return out


def turkish_literals(source: str) -> list[tuple[int, str]]:
    """``(line, literal)`` of each string literal of ``source`` that holds Turkish."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
            continue
        if id(node) in skip:
            continue
        text = node.value
        words = {w.lower() for w in _WORD.findall(text)}
        if TURKISH_LETTERS.search(text) or words & ASCII_TURKISH:
            found.append((node.lineno, text))
    return found


@pytest.mark.parametrize(
    ("source", "flagged"),
    [
        ('LOCATIVE = ("de", "da")', True),
        ('PATTERN = r"\\w+(?:acak|ecek)\\w*"', True),
        ('title = f"{name} {n}. yıl dönümü"', True),
        ('title = f"{a} ile {b}"', True),
        ('if word == "hayir": pass', True),
        ('x = re.compile("[A-ZÇĞ]")', True),
        ('"""Docstring: Bakü\'de yapılacak."""\nx = 1', False),
        ("x = 1  # a comment: Bakü'de", False),
        ('def f():\n    """Ankara\'da."""\n    return "day"', False),
        ('NAMES = ("date", "title", "text", "body", "time", "published")', False),
        ('PATTERN = r"(\\d{4})-W(\\d\\d)(-WE)?"', False),
    ],
)
def test_the_scan_flags_turkish_literals_only(source, flagged):
    assert bool(turkish_literals(source)) is flagged


@pytest.mark.parametrize("path", _files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_turkish_in_engine_code(path):
    found = turkish_literals(path.read_text(encoding="utf-8"))
    assert not found, "\n".join(
        f"{path.relative_to(ROOT)}:{line}: {text[:80]!r} belongs in timeline/lang/tr/"
        for line, text in found
    )
