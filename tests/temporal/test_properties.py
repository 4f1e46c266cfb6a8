"""Properties on arbitrary text: never raises, spans are slices, values are valid TIMEX3."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import tag
from timeline.temporal.dates import is_valid_value

TOKENS = [
    "12",
    "1",
    "31",
    "2025",
    "1990",
    "09.10.2025",
    "14.00",
    "20:22",
    "-",
    "–",
    " ",
    ", ",
    ".",
    "'da",
    "’te",
    "Kasım",
    "KASIM",
    "ekim",
    "Şubat",
    "Oca.",
    "ayı",
    "ayının",
    "yılı",
    "bugün",
    "dün",
    "yarın",
    "geçen",
    "bu",
    "gelecek",
    "hafta",
    "sonu",
    "başında",
    "saat",
    "sabah",
    "Cuma",
    "günü",
    "her",
    "yıl",
    "önce",
    "sonra",
    "üç",
    "gün",
    "ve",
    "ile",
    "arasında",
    "'lı",
    "yıllarda",
    "yüzyıl",
    "çeyrekte",
    "ilk",
    "yarısı",
    "“",
    "”",
    "\n",
    "yapılacak",
    "yapıldı",
    "ertesi",
    "İ",
    "I",
    "tarihinde",
    "kadar",
    "itibaren",
    "\u00a0",
    "yüzde",
    "2.",
    "XX.",
]
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(TOKENS), max_size=40).map("".join),
    st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=3)), max_size=40).map("".join),
)
references = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


@settings(max_examples=400, deadline=None)
@given(texts, references)
def test_tagging_any_text_is_safe(text, reference):
    timexes = tag(text, reference)
    previous_end = 0
    for t in timexes:
        assert 0 <= previous_end <= t.start < t.end <= len(text)
        assert t.text == text[t.start : t.end]
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert is_valid_value(t.value), t.value
        assert t.mod in (None, "START", "MID", "END", "APPROX")
        if t.type in ("DATE", "TIME"):
            assert t.first is not None and t.first <= t.last
        previous_end = t.end


@settings(max_examples=200, deadline=None)
@given(
    texts, references, st.lists(st.tuples(st.integers(-5, 400), st.integers(-5, 400)), max_size=4)
)
def test_results_stay_inside_any_spans(text, reference, spans):
    inside = [(max(0, a), min(len(text), b)) for a, b in spans if min(len(text), b) > max(0, a)]
    for t in tag(text, reference, spans=spans):
        assert any(a <= t.start and t.end <= b for a, b in inside)


def test_work_grows_linearly_on_text_without_sentence_ends():
    # no quadratic scans: 8x the text may cost at most 24x the time (quadratic would be 64x)
    import time

    unit = "12 Kasım 2025 yarın ve cuma saat 14.00 “bugün” bundan 3 yıl önce "

    def cost(n: int) -> float:
        start = time.process_time()  # CPU time: steady on a busy machine
        tag(unit * n, date(2025, 11, 12))
        return time.process_time() - start

    cost(50)
    small, large = min(cost(300) for _ in range(3)), min(cost(2400) for _ in range(2))
    assert large < 24 * small + 0.05
