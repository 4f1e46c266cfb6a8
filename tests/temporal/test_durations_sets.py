"""Durations (type DURATION) and sets (type SET): emitted with their types, never as dates."""

from __future__ import annotations

from datetime import date

from .tables import assert_no_duplicates, parametrize, values

D = date(2025, 10, 9)
ALL = ("DATE", "TIME", "DURATION", "SET")
CASES = [
    ("Proje 3 yıl boyunca sürdü.", D, [("DURATION", "P3Y")], "'boyunca'"),
    ("Festival 2 gün sürecek.", D, [("DURATION", "P2D")], "a bare amount"),
    ("Son beş yılın en düşük seviyesi görüldü.", D, [("DURATION", "P5Y")], "'son beş yıl'"),
    ("10 yıllık tahvil faizi yükseldi.", D, [("DURATION", "P10Y")], "'-lık' adjective"),
    ("Şirket 3 yıldır zarar ediyor.", D, [("DURATION", "P3Y")], "'-dır': for three years"),
    ("Anlaşma iki hafta içinde imzalanacak.", D, [("DURATION", "P2W")], "within two weeks"),
    ("Süreç bir buçuk yıl sürdü.", D, [("DURATION", "P1.5Y")], "one and a half"),
    ("Toplantı 45 dakika sürdü.", D, [("DURATION", "PT45M")], "minutes"),
    ("Büyüme 20 çeyrektir kesintisiz sürüyor.", D, [("DURATION", "P60M")], "quarters in months"),
    ("Son 18 ayın zirvesine çıktı.", D, [("DURATION", "P18M")], "'son 18 ay'"),
    ("Kurum her yıl takvim yayımlıyor.", D, [("SET", "P1Y")], "every year"),
    ("Her gün 10 bin kişi geliyor.", D, [("SET", "P1D")], "every day"),
    ("Her pazartesi pazar kuruluyor.", D, [("SET", "XXXX-WXX-1")], "every Monday"),
    (
        "Zafer Bayramı her yıl 30 Ağustos'ta kutlanıyor.",
        D,
        [("SET", "XXXX-08-30")],
        "a yearly date",
    ),
    ("Şirket her yıl 30'u aşkın ürün çıkarıyor.", D, [("SET", "P1Y")], "a count after 'her yıl'"),
    ("Kurul her ayın 15'inde toplanıyor.", D, [("SET", "XXXX-XX-15")], "a monthly day"),
    ("Seçimler her dört yılda bir yapılıyor.", D, [("SET", "P4Y")], "every four years"),
    ("Kongre yılda bir kez toplanıyor.", D, [("SET", "P1Y")], "once a year"),
    ("Her sabah yürüyüş yapıyor.", D, [("SET", "XXXX-XX-XXTMO")], "every morning"),
    ("Komisyon her ayın ilk pazartesi günü toplanıyor.", D, [("SET", "P1M")], "monthly"),
    ("Ofis Pazartesi-Cuma açık.", D, [("SET", "P1W")], "a weekly schedule"),
    ("Mağazalar her akşam 17:00'de açılıyor.", D, [("SET", "XXXX-XX-XXT17:00")], "daily hours"),
    (
        "Saldırıdan üç gün sonra ateşkes ilan edildi.",
        D,
        [("DURATION", "P3D")],
        "counted from an undated event: only the amount is known",
    ),
    (
        "Ateşkes 12 Eylül'den iki gün sonra başladı.",
        D,
        [("DATE", "2025-09-12"), ("DATE", "2025-09-14")],
        "counted from a dated day",
    ),
    ("30 Ağustos'un mirası hâlâ yaşıyor.", D, [("SET", "XXXX-08-30")], "a holiday's name"),
    ("Eskişehir'de 15 günlük yasak ilan edildi.", D, [("DURATION", "P15D")], "'15 günlük'"),
]


def test_no_duplicates():
    assert_no_duplicates(CASES)


@parametrize(CASES)
def test_durations_and_sets(text, published, expected, why):
    from timeline.temporal import tag

    assert [(t.type, t.value) for t in tag(text, published) if t.type in ALL] == expected, why
    assert values(text, published, ("DURATION", "SET")) == [v for _, v in expected if _ != "DATE"]
