"""Extraction work grows linearly with the article: the same text four times over costs about
four times as much, whatever its shape (one long line without full stops, thousands of dated
sentences, ordinary paragraphs, quotations left open).

A quadratic step (a scan back to the line's start for every sentence or mention, every event
compared with every other) makes the 4x text cost 16x. Two measures: CPU time (the bound, 9x
on the best of three runs each, leaves room for noise; it also sees work done in C, such as a
regular expression run over the whole line again and again), and the Python lines executed
(counted by a trace function: the same count on every run, so its bound can be tight, 4.3x;
one pass comparing each event with every other event of its kind showed as 4.36x here).
Sizes are small so the tests take seconds; benchmarks on megabyte articles are run by hand
(``bench/large.py``, bench/README.md).
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime

import pytest

from timeline.documents import parse_bytes
from timeline.pipeline import analyse

PUBLISHED = datetime(2025, 10, 20, 9, 0, tzinfo=UTC)
SENTENCES = [
    "Bakan Yılmaz, zirvenin {d} Kasım'da Ankara'da yapılacağını açıkladı.",
    "Festival {d} Mart 2026 tarihinde İzmir'de başlayacak ve üç gün sürecek.",
    "Toplantı geçen hafta Bursa'da yapıldı, sonuçlar {d} gün sonra duyurulacak.",
    "Uzmanlar belirsizliğin sürdüğünü ve dikkatli olunması gerektiğini belirtti.",
    '"Fuar {d} Nisan\'da açılacak. Herkesi bekliyoruz" dedi.',
    "Kurul (Yüksek Seçim Kurulu) seçimin {d} Haziran'da yapılacağını bildirdi.",
    "Maç ertelendi ve {d} Aralık'ta oynanacak.",
]


def _sentences(n: int) -> list[str]:
    return [SENTENCES[i % len(SENTENCES)].format(d=i % 27 + 1) for i in range(n)]


def paragraphs(n: int) -> str:
    sents = _sentences(n)
    return "\n\n".join(" ".join(sents[i : i + 6]) for i in range(0, n, 6))


def one_line(n: int) -> str:
    """No line end at all, and no full stop either: commas only."""
    return " ".join(s.rstrip(".") + "," for s in _sentences(n))


def dated(n: int) -> str:
    return " ".join(
        f"Toplantı {i % 28 + 1} Kasım 2025 tarihinde Ankara'da yapılacak." for i in range(n)
    )


def visits(n: int) -> str:
    """Visits to countries on many days, between sentences that date nothing: each visit looks
    for its city in the undated sentences, which must not be read once per visit."""
    countries = ["Gürcistan'ı", "Mısır'ı", "Japonya'yı", "Kanada'yı"]
    return " ".join(
        f"Bakan Kaya {i % 28 + 1} Mart 2026 tarihinde {countries[i % 4]} ziyaret edecek. "
        "Heyet görüşmelerin verimli geçmesini umuyor."
        for i in range(n)
    )


def open_quote(n: int) -> str:
    """A quotation opened at the start of a long line and closed only at its end."""
    return "“" + " ".join(_sentences(n)) + "”"


def cpu_seconds(body: str) -> float:
    data = f"Başlık\n\n{body}\n".encode()
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for doc in parse_bytes(data, "long.txt", published=PUBLISHED, suffix=".txt"):
            analyse(doc)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("shape", [paragraphs, one_line, dated, visits, open_quote])
def test_extraction_work_grows_linearly(shape):
    cpu_seconds(shape(50))  # warm-up: grammar and lexicon compiled
    small, large = cpu_seconds(shape(300)), cpu_seconds(shape(1200))
    assert large < 9 * small, f"{shape.__name__}: 4x the text took {large / small:.1f}x the time"


def executed_lines(body: str) -> int:
    """Python lines executed while analysing the article (every frame traced)."""
    data = f"Başlık\n\n{body}\n".encode()
    docs = parse_bytes(data, "long.txt", published=PUBLISHED, suffix=".txt")
    count = 0

    def trace(frame, event, arg):
        nonlocal count
        count += event == "line"
        return trace

    sys.settrace(trace)
    try:
        for doc in docs:
            analyse(doc)
    finally:
        sys.settrace(None)
    return count


@pytest.mark.parametrize(
    ("shape", "n"),
    [(paragraphs, 150), (dated, 100), (visits, 60), (one_line, 60), (open_quote, 60)],
)
def test_python_work_grows_linearly(shape, n):
    executed_lines(shape(4 * n))  # warm-up: grammar, lexicon and word caches filled
    small, large = executed_lines(shape(n)), executed_lines(shape(4 * n))
    assert large < 4.3 * small, f"{shape.__name__}: 4x the text ran {large / small:.2f}x the lines"
