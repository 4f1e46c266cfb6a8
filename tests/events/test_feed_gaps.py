"""Right calendar events the feed kept out (issue 13, branch feedcal): a penalty narrowed where
the event is one a strict editor accepts as titled, dated and placed. Every sentence is written
for these tests.
"""

from __future__ import annotations

import pytest
from eventkit import extract

from timeline.config import FEED_MIN_CONFIDENCE

D = "2026-06-10"


def _only(text: str, kind: str):
    found = [e for e in extract(text, D) if e.type == kind]
    assert len(found) == 1, [(e.title, e.date) for e in found]
    return found[0]


# --- a mention titled by the proper name the article gives it elsewhere ----------------------


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        (
            "Altın Başak Festivali için hazırlıklar sürüyor. Festival, Başkan Yılmaz'ın açıkladığı"
            " programa göre bu yıl da üç gün sürecek ve [18 Eylül'de|2026-09-18] başlayacak.",
            "Altın Başak Festivali",
            "2026-09-18",
        ),
        (
            "Mavi Dalga Festivali bu yaz da sahil boyunca kutlanacak. Organizasyon komitesinin"
            " duyurusuna göre, festival ise [4 Temmuz|2026-07-04] Cumartesi günü yapılacak.",
            "Mavi Dalga Festivali",
            "2026-07-04",
        ),
    ],
    ids=["date of its clause", "date after a comma"],
)
def test_a_proper_name_of_its_kind_titles_a_feed_event(text: str, title: str, date: str) -> None:
    event = _only(text, "festival")
    assert (event.title, event.date, event.status) == (title, date, "planned")
    assert "topic-name" in event.confidence_reasons
    assert event.in_feed(FEED_MIN_CONFIDENCE)


def test_a_topic_told_in_common_nouns_stays_a_weak_title() -> None:
    text = (
        "Türkiye-İran zirvesi için hazırlıklar sürüyor. Zirve, Bakan Demir'in açıkladığı"
        " programa göre bu yıl da iki gün sürecek ve [18 Eylül'de|2026-09-18] başlayacak."
    )
    event = _only(text, "summit")
    assert "topic" in event.confidence_reasons
    assert "topic-name" not in event.confidence_reasons
    assert not event.in_feed(FEED_MIN_CONFIDENCE)


def test_a_name_gains_only_over_a_common_noun_topic() -> None:
    named = _only(
        "Altın Başak Festivali için hazırlıklar sürüyor. Festival, Başkan Yılmaz'ın açıkladığı"
        " programa göre bu yıl da üç gün sürecek ve [18 Eylül'de|2026-09-18] başlayacak.",
        "festival",
    )
    common = _only(
        "Türkiye-İran zirvesi için hazırlıklar sürüyor. Zirve, Bakan Demir'in açıkladığı"
        " programa göre bu yıl da iki gün sürecek ve [18 Eylül'de|2026-09-18] başlayacak.",
        "summit",
    )
    assert named.confidence > common.confidence
    # still below a name of its own sentence: the borrowed name may be another happening's
    own = _only("Altın Başak Festivali [18 Eylül'de|2026-09-18] başlayacak.", "festival")
    assert own.confidence > named.confidence


def test_a_named_event_of_days_is_held_in_the_settlement_its_name_opens_with() -> None:
    event = _only(
        "Çamlıova Kiraz Festivali için hazırlıklar sürüyor. Dün Çamlıova Belediyesinde yapılan"
        " toplantıda program belirlendi. Başkan Demir'in verdiği bilgiye göre festival, yurt"
        " dışından gelecek sanatçılarla [18-20 Eylül|2026-09-18/2026-09-20] tarihlerinde"
        " yapılacak.",
        "festival",
    )
    assert (event.title, event.date, event.end) == (
        "Çamlıova Kiraz Festivali",
        "2026-09-18",
        "2026-09-20",
    )
    assert event.location == "Çamlıova"


def test_a_name_opening_with_no_settlement_gives_no_place() -> None:
    event = _only(
        "Altın Başak Festivali için hazırlıklar sürüyor. Dün Çamlıova Belediyesinde yapılan"
        " toplantıda program belirlendi. Festival, Başkan Yılmaz'ın açıkladığı programa göre"
        " bu yıl da üç gün sürecek ve [18 Eylül'de|2026-09-18] başlayacak.",
        "festival",
    )
    assert event.title == "Altın Başak Festivali"
    assert event.location is None


# --- a cancelled span still running on the publication day ------------------------------------


def test_a_cancelled_span_running_on_the_publication_day_reaches_the_feed() -> None:
    event = _only(
        "Ankara'da [8-12 Haziran|2026-06-08/2026-06-12] tarihlerinde yapılması planlanan Bozkır"
        " Caz Festivali, valiliğin iptal kararıyla yapılamayacak.",
        "festival",
    )
    assert (event.date, event.end, event.status) == ("2026-06-08", "2026-06-12", "cancelled")
    assert "change-ahead" in event.confidence_reasons
    assert event.in_feed(FEED_MIN_CONFIDENCE)


@pytest.mark.parametrize(
    "text",
    [
        "Ankara'da [1-5 Haziran|2026-06-01/2026-06-05] tarihlerinde yapılması planlanan Bozkır"
        " Caz Festivali iptal edildi.",
        "Bozkır Caz Festivali [dün|2026-06-09] iptal edildi.",
        "Bozkır Caz Festivali [bugün|2026-06-10] iptal edildi.",
    ],
    ids=["a span over before the publication", "yesterday", "today"],
)
def test_a_cancellation_of_past_days_stays_out(text: str) -> None:
    event = _only(text, "festival")
    assert event.status == "cancelled"
    assert "change-ahead" not in event.confidence_reasons
    assert not event.in_feed(FEED_MIN_CONFIDENCE)


# --- a rally titled by who holds it ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        (
            "Yeşil Parti, [cumartesi|2026-06-13] Bursa'da miting yapacak.",
            "Yeşil Parti mitingi",
            "2026-06-13",
        ),
        (
            "DİSK, [bugün|2026-06-10] Konak Meydanı'nda büyük bir miting düzenleyecek.",
            "DİSK mitingi",
            "2026-06-10",
        ),
        (
            "Tarım Emekçileri Sendikası [12 Haziran'da|2026-06-12] Eskişehir'de miting"
            " gerçekleştirecek.",
            "Tarım Emekçileri Sendikası mitingi",
            "2026-06-12",
        ),
    ],
    ids=["a party set off by a comma", "an acronym", "a union set off by a date"],
)
def test_a_rally_is_titled_by_the_body_that_holds_it(text: str, title: str, date: str) -> None:
    event = _only(text, "rally")
    assert (event.title, event.date, event.status) == (title, date, "planned")
    assert event.in_feed(FEED_MIN_CONFIDENCE)


@pytest.mark.parametrize(
    "text",
    [
        "Sendika, [cumartesi|2026-06-13] Kadıköy'de miting düzenleyecek.",
        "Öğrenciler, [cumartesi|2026-06-13] Kadıköy'de miting yapacak.",
    ],
    ids=["a common noun opening the sentence", "a plural of people"],
)
def test_a_rally_of_no_named_holder_keeps_its_place_title(text: str) -> None:
    event = _only(text, "rally")
    assert event.title == "Kadıköy mitingi"
    assert not event.in_feed(FEED_MIN_CONFIDENCE)


def test_a_rally_another_side_holds_is_not_titled_by_the_subject() -> None:
    event = _only(
        "Yeşil Parti, [cumartesi|2026-06-13] Bursa'da yapılacak mitinge katılacak.", "rally"
    )
    assert not event.title.startswith("Yeşil Parti")


@pytest.mark.parametrize(
    "text",
    [
        "Yeşil Parti, [cumartesi|2026-06-13] Bursa'da miting düzenlenmesine tepki gösterdi.",
        "DİSK, [cumartesi|2026-06-13] Bursa'da miting yapılmasını kınadı.",
        "Yeşil Parti, [cumartesi|2026-06-13] Bursa'da miting yapan sendikayı eleştirdi.",
    ],
    ids=["a passive verbal noun", "a passive object", "a participle of another noun"],
)
def test_a_rally_held_by_another_is_not_titled_by_the_subject(text: str) -> None:
    event = _only(text, "rally")
    assert not event.title.startswith(("Yeşil Parti", "DİSK")), event.title
