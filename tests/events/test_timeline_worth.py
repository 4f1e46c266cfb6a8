"""Which events reach the timeline page at all (issue 13, audit 6): the page shows every
event, in the feed or not, so a month- or year-dated mention with no title of its own, an
article's holiday lent to a day that is not its own, a document and an ordinary working day are
not extracted; history an article recalls stays, off the calendar. Every sentence is written
for these tests."""

from __future__ import annotations

import pytest
from eventkit import extract

from timeline.config import FEED_MIN_CONFIDENCE

D = "2026-02-10"


def _shown(text: str, published: str = D) -> list[tuple]:
    return [(e.title, e.date, e.status) for e in extract(text, published)]


@pytest.mark.parametrize(
    "text",
    [
        "Kars Antlaşması [13 Ekim 1921'de|1921-10-13] imzalandı.",
        "İki lider [2019 yılında|2019] Bakü'de düzenlenen zirvede bir araya gelmişti.",
        "Karadeniz Ekonomik Forumu [2008 yılında|2008] Trabzon'da toplanmıştı.",
        "Ödül töreni [4 Nisan 2023'te|2023-04-04] Konya'da yapılmıştı.",
    ],
    ids=["a treaty a century ago", "a summit years ago", "a named forum years ago", "a ceremony"],
)
def test_history_the_article_recalls_stays_on_the_timeline_off_the_calendar(text: str) -> None:
    """The product keeps recalled history on the timeline (the first edition of a summit three
    years before), never in the calendar feed."""
    events = extract(text, D)
    assert len(events) == 1
    assert events[0].status == "held"
    assert not events[0].calendar


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Geçen yıl [12 Mart 2025'te|2025-03-12] Bakü'de düzenlenen Enerji Zirvesi'nde "
            "anlaşma sağlanmıştı.",
            [("Enerji Zirvesi", "2025-03-12", "held")],
        ),
        (
            "Avrasya Enerji Zirvesi [2027 yılında|2027] Astana'da yapılacak.",
            [("Avrasya Enerji Zirvesi", "2027", "planned")],
        ),
    ],
    ids=["within the year before", "a year ahead"],
)
def test_recent_and_coming_happenings_stay(text: str, expected: list[tuple]) -> None:
    assert _shown(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Komisyon [haziran ayında|2026-06] toplanacak.",
        "[Mayıs ayında|2026-05] İzmir'de bir toplantı yapılacak.",
    ],
    ids=["a bare kind in a month", "a place and a kind in a month"],
)
def test_a_vague_untitled_mention_is_not_extracted(text: str) -> None:
    assert _shown(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Komisyon [12 Haziran'da|2026-06-12] toplanacak.", ("2026-06-12", "planned")),
        ("Avrasya Enerji Zirvesi [haziran ayında|2026-06] yapılacak.", ("2026-06", "planned")),
    ],
    ids=["a bare kind on a day", "a name in a month"],
)
def test_a_day_or_a_name_keeps_it(text: str, expected: tuple) -> None:
    (event,) = extract(text, D)
    assert (event.date, event.status) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Yılbaşı tatili ne zaman?\n\nYılbaşı tatili yaklaşıyor. Resmi tatil kuralları "
            "açısından [31 Aralık|2025-12-31] gününde durum şöyle olacak:",
            "2025-12-20",
        ),
        (
            "Kurban Bayramı tatili kaç gün?\n\nKurban Bayramı yaklaşıyor. Tatil düzenlemesine "
            "göre [25 Mayıs|2026-05-25] gününe dair tablo şöyle:",
            "2026-05-10",
        ),
    ],
    ids=["New Year's eve", "a feast's eve"],
)
def test_the_articles_holiday_lent_to_another_day_is_not_extracted(
    text: str, published: str
) -> None:
    assert [e for e in extract(text, published) if e.type == "holiday"] == []


def test_the_holiday_on_its_own_day_stays() -> None:
    text = (
        "Yılbaşı tatili ne zaman?\n\nYılbaşı tatili yaklaşıyor. Resmi tatil kuralları "
        "açısından [1 Ocak|2026-01-01] Perşembe günü tatil olacak."
    )
    holidays = [e for e in extract(text, "2025-12-20") if e.type == "holiday"]
    assert [(e.title, e.date) for e in holidays] == [("Yılbaşı", "2026-01-01")]
    assert holidays[0].in_feed(FEED_MIN_CONFIDENCE)


def test_a_holiday_the_sentence_names_on_another_day_stays() -> None:
    """The sentence may move its own celebration: it keeps its place, out of the feed."""
    (event,) = extract("Yılbaşı bu yıl [2 Ocak'ta|2026-01-02] kutlanacak.", "2025-12-22")
    assert (event.title, event.date) == ("Yılbaşı", "2026-01-02")
    assert not event.in_feed(FEED_MIN_CONFIDENCE)


@pytest.mark.parametrize(
    "text",
    [
        "Bayram tatili kaç gün?\n\nMilli Bayramlar ve Tatiller Kanunu uyarınca "
        "[2 Mayıs|2026-05-02] resmi tatil sayılmamaktadır.",
        "Resmi Tatiller Yönetmeliği [1 Ocak'ta|2026-01-01] yürürlüğe girecek.",
    ],
    ids=["a law read about", "a regulation"],
)
def test_a_document_is_no_happening(text: str) -> None:
    assert _shown(text, "2025-12-20") == []


@pytest.mark.parametrize(
    ("day", "holidays"),
    [("Tatil Günü", ["Tatil Günü"]), ("Olağan Çalışma Günü", []), ("Normal Mesai Günü", [])],
    ids=["a day off", "an ordinary working day", "a normal office day"],
)
def test_an_ordinary_working_day_is_no_holiday(day: str, holidays: list[str]) -> None:
    text = f"Bayram haftasında [30 Ekim Cuma|2026-10-30] {day} olacak."
    found = extract(text, "2026-10-20")
    assert [e.title for e in found if e.type == "holiday"] == holidays


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Meclis Genel Kurulu'nda Maden Kanunu'nun görüşmeleri [14 Nisan'da|2026-04-14] "
            "başlayacak.",
            "2026-04-14",
        ),
        ("Dünya Emekçiler Günü [1 Mayıs'ta|2026-05-01] kutlanacak.", "2026-05-01"),
    ],
    ids=["talks about a law", "a named day of workers"],
)
def test_a_happening_about_a_law_or_of_workers_stays(text: str, title: str) -> None:
    assert [e.date for e in extract(text, D)] == [title]
