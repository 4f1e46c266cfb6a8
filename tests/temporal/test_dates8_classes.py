"""Issue 14, stop 26 (dates8): generic seasons and months, softened month possessives, month
names that are people's names, ``… günkü`` by the publication weekday, daily hours over a run
of days. Sentences written for this test (none from an article), as they read under the corpus
conventions (``shared/corpus/README.md``: sets and daily opening hours are no dates)."""

from __future__ import annotations

from datetime import date

from .tables import assert_no_duplicates, parametrize, values

D = date
CASES = [
    # 1. a season or a month told of every year (aorist, or a word of frequency): no date
    ("Sonbaharda yapraklar sararır ve dökülür.", D(2024, 6, 2), [], "generic season, aorist"),
    ("Kış aylarında dağ köylerinin yolları sık sık kapanıyor.", D(2024, 6, 2), [], "frequency"),
    ("Nisan aylarında bölgede yağmur artar.", D(2024, 6, 2), [], "generic month, aorist"),
    ("Leylekler genellikle Ağustos'ta göç ediyor.", D(2024, 6, 2), [], "frequency, month"),
    ("Yazın kıyı ilçelerinin nüfusu ikiye katlanır.", D(2024, 6, 2), [], "generic, yazın"),
    # … negatives: a named season or month of one year keeps its value
    ("Bu yaz sahil yolunda yeni bir bisiklet yolu açılacak.", D(2024, 6, 2), ["2024-SU"], "bu"),
    ("İlkbaharda yeni kütüphane hizmete girecek.", D(2024, 1, 8), ["2024-SP"], "future: one"),
    ("Geçen kış kar yağışı rekor kırdı.", D(2024, 6, 2), ["2023-WI"], "geçen: last winter"),
    ("Nisan ayında belediye meclisi toplanacak.", D(2024, 1, 8), ["2024-04"], "future month"),
    ("Sözleşme 2025 Nisanında sona erer.", D(2024, 1, 8), ["2025-04"], "a year: one month"),
    ("Genellikle sessiz olan meclis Mart ayında karışmıştı.", D(2024, 6, 2), ["2024-03"], "past"),
    # 3. softened and possessive month forms after a year or a shifted year
    ("Yeni terminal 2027 Aralığında açılacak.", D(2025, 2, 4), ["2027-12"], "aralık → aralığ"),
    ("Tesisin 2026 yılının Ocağında bitmesi bekleniyor.", D(2025, 2, 4), ["2026-01"], "ocağ"),
    ("Geçen yılın Aralığında fiyatlar yükseldi.", D(2025, 2, 4), ["2024-12"], "shifted year"),
    ("Gelecek yılın Şubatında kongre yapılacak.", D(2025, 2, 4), ["2026-02"], "possessive"),
    ("Bu yılın Temmuzunda ihale açıldı.", D(2025, 9, 4), ["2025-07"], "bu yılın"),
    ("Kongre Kasım ayı içinde toplanacak.", D(2025, 2, 4), ["2025-11"], "ayı içinde"),
    ("Kurul Mayıs ortasında karar verecek.", D(2025, 2, 4), ["2025-05"], "ortasında: MID"),
    ("Dilekçeler Nisan ayının son gününe kadar verilecek.", D(2025, 2, 4), ["2025-04-30"], "edge"),
    ("Kampanya Haziran'ın ilk günü başlayacak.", D(2025, 2, 4), ["2025-06-01"], "first day"),
    ("Bu Mart ayının son günü kurul toplanacak.", D(2025, 2, 4), ["2025-03-31"], "bu: this"),
    ("Nisan ayının son günleri yağışlı geçecek.", D(2025, 2, 4), ["2025-04"], "günleri: END"),
    # … negatives: the common word aralık (interval) and ocak (stove, quarry) are no months
    ("Başvurular 20-30 yaş aralığında olanlara açık.", D(2025, 2, 4), [], "an interval"),
    ("Ocağında kaynayan çorba dağıtıldı.", D(2025, 2, 4), [], "a stove"),
    ("Skorlar 1200-1800 aralığında değişiyor.", D(2025, 2, 4), [], "a range of numbers"),
    ("Ölçümler 2015 ile 2022 aralığında yapıldı.", D(2025, 2, 4), ["2015"], "range of years"),
    # 5. a month name that is a person's name
    ("Murat Bey, Haziran'ı arayarak özür diledi.", D(2025, 2, 4), [], "accusative + verb"),
    ("Öğretmeni, Eylül'e teşekkür etti.", D(2025, 2, 4), [], "dative + thanks"),
    ("Ali, Temmuz'a mesaj attı.", D(2025, 2, 4), [], "dative + message"),
    ("Selin, Aralık'la evlendi.", D(2025, 2, 4), [], "comitative + marry"),
    ("Kuzeni, Eylül'ü akşam yemeğine davet etti.", D(2025, 2, 3), [], "object of an invitation"),
    ("Temmuz'un ağabeyi de törene katıldı.", D(2025, 2, 4), [], "genitive + kin"),
    ("Ağustos'un ailesi yardım bekliyor.", D(2025, 2, 4), [], "genitive + family"),
    # … negatives: the same forms before a verb of time stay months
    ("Kurul Temmuz'un ortasında toplanacak.", D(2025, 2, 4), ["2025-07"], "mid-July"),
    ("Yasa Ağustos'un eşiğinde çıkacak.", D(2025, 2, 4), ["2025-08"], "eşiğinde: no kin"),
    ("Ödemeler Temmuz'a kadar sürecek.", D(2025, 2, 4), ["2025-07"], "until July"),
    ("Duruşma Eylül'e ertelendi.", D(2025, 2, 4), ["2025-09"], "moved to September"),
    ("Haziran'ı sabırsızlıkla bekliyoruz.", D(2025, 2, 4), ["2025-06"], "waiting for June"),
    # 2. günkü by tense and the publication weekday (2025-11-21 is a Friday)
    ("Cuma günkü toplantıda bütçe görüşülecek.", D(2025, 11, 21), ["2025-11-21"], "same day"),
    ("Cuma günkü kararın ardından borsa düştü.", D(2025, 11, 24), ["2025-11-21"], "last Friday"),
    ("Salı günkü maç için hazırlıklar sürüyor.", D(2025, 11, 21), ["2025-11-25"], "next"),
    ("Dünkü oturumda tanıklar dinlendi.", D(2025, 11, 21), ["2025-11-20"], "dünkü"),
    ("Geçen haftaki zirvede anlaşma imzalandı.", D(2025, 11, 21), ["2025-W46"], "haftaki"),
    ("Cumartesi günkü mitinge on bin kişi katıldı.", D(2025, 11, 21), ["2025-11-15"], "held"),
    ("Yatırımcılar salı günkü karara odaklandı.", D(2025, 11, 24), ["2025-11-25"], "ahead"),
    ("Kurul, 9 Mart'taki kongrede toplandı.", D(2025, 3, 20), ["2025-03-09"], "held: behind"),
    # found on articles written for the stop: a season named with bu in the other half of the
    # year, a month's programme, a day after a span of days, a name before a phone call
    ("Çift, bu yaz nikah kıymayı planlıyor.", D(2026, 1, 12), ["2026-SU"], "the coming summer"),
    ("Bu kış kar az yağdı.", D(2026, 4, 12), ["2025-WI"], "the winter past"),
    ("Opera Temmuz programını açıkladı.", D(2026, 6, 2), ["2026-07"], "the coming July's"),
    (
        "Heyet 3-4 Mart'ta Roma'da olacak. Ertesi gün Atina'ya geçecek.",
        D(2026, 2, 20),
        ["2026-03-03/2026-03-04"],
        "after which day of the span? no date",
    ),
    (
        "Heyet 3 Mart'ta Roma'da olacak. Ertesi gün Atina'ya geçecek.",
        D(2026, 2, 20),
        ["2026-03-03", "2026-03-04"],
        "after one day: the next",
    ),
    ("Dedesi, Eylül'e telefonla ulaştı.", D(2026, 2, 20), [], "a phone call: a person"),
    # 4. daily hours over a run of days: the days are dated, the hours are a set
    (
        "Kermes 8-12 Ekim tarihleri arasında her gün 09.00-17.00 saatleri arasında açık olacak.",
        D(2025, 9, 30),
        ["2025-10-08/2025-10-12"],
        "daily hours are a set",
    ),
    (
        "Pazar 4-7 Haziran'da kurulacak; tezgahlar 08.00-16.00 saatleri arasında açık kalacak.",
        D(2025, 5, 20),
        ["2025-06-04/2025-06-07"],
        "hours after a span of days: of each day, no date",
    ),
    (
        "Atölye 2-3 Nisan'da yapılacak. Oturumlar saat 13.30'da başlayacak.",
        D(2025, 3, 20),
        ["2025-04-02/2025-04-03"],
        "a time after a span in the next sentence: of which day?",
    ),
    (
        "Konser 14 Mart'ta yapılacak. Kapılar saat 19.00'da açılacak.",
        D(2025, 3, 3),
        ["2025-03-14", "2025-03-14T19:00"],
        "after one day the time is that day's",
    ),
]


def test_no_duplicates():
    assert_no_duplicates(CASES)


@parametrize(CASES)
def test_dates8_classes(text, published, expected, why):
    assert values(text, published) == expected, why


def test_generic_season_is_a_set():
    assert values("İlkbaharda erikler çiçek açar.", D(2024, 6, 2), ("SET",)) == ["XXXX-SP"]
    assert values("Mart aylarında rüzgar sertleşir.", D(2024, 6, 2), ("SET",)) == ["XXXX-03"]
