"""Extraction work grows linearly with the article: the same text four times over costs about
four times as much, whatever its shape (one long line without full stops, thousands of dated
sentences, ordinary paragraphs, quotations left open).

A quadratic step (a scan back to the line's start for every sentence or mention, every event
compared with every other) makes the 4x text cost 16x; the bound here (9x, on the best of
three CPU-time runs each) leaves room for noise while catching it. Sizes are small so the test
takes seconds; benchmarks on megabyte articles are run by hand (bench/README.md).
"""

from __future__ import annotations

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


@pytest.mark.parametrize("shape", [paragraphs, one_line, dated, open_quote])
def test_extraction_work_grows_linearly(shape):
    cpu_seconds(shape(50))  # warm-up: grammar and lexicon compiled
    small, large = cpu_seconds(shape(300)), cpu_seconds(shape(1200))
    assert large < 9 * small, f"{shape.__name__}: 4x the text took {large / small:.1f}x the time"
