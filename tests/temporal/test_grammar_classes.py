"""The TIMEX3 vocabulary class by class on sentences written for these tests (issue 14): years
written in words, durations and sets (typed apart from dates), quarters, halves, seasons,
decades, centuries, days of the month, parts of the day, deictic and counted offsets, numeric
formats, abbreviated months, ranges, and what is no date at all. Every sentence is ours."""

from __future__ import annotations

from datetime import date

from timeline.temporal import tag

from .tables import assert_no_duplicates, parametrize

WED = date(2026, 3, 11)  # a Wednesday
ALL = ("DATE", "TIME", "DURATION", "SET")

SPELLED_YEARS = [
    (
        "Köprü bin dokuz yüz doksan beş yılında açıldı.",
        WED,
        [("DATE", "1995")],
        "a year in words with the year noun's possessive",
    ),
    (
        "Dernek iki bin yirmi dört yılında kuruldu.",
        WED,
        [("DATE", "2024")],
        "two thousand and some",
    ),
    ("Kent iki bin yılında büyük bir yangın gördü.", WED, [("DATE", "2000")], "the year 2000"),
    (
        "Sözleşme bin sekiz yüz altmış senesinde imzalanmıştı.",
        WED,
        [("DATE", "1860")],
        "'senesinde'",
    ),
    (
        "İki bin yıllık sur onarılıyor.",
        WED,
        [("DURATION", "P2000Y")],
        "'-lık': an amount of years",
    ),
    ("Beş yılında şirket iki katına çıktı.", WED, [("DURATION", "P5Y")], "a small amount"),
]

PARTICIPLES = [
    (
        "Pazartesi başlayan boykot sürüyor.",
        WED,
        [("DATE", "2026-03-09")],
        "'-yAn' participle: begun, whatever the present main verb",
    ),
    (
        "Salı günü yapılan oylamanın sonucu yarın duyurulacak.",
        WED,
        [("DATE", "2026-03-10"), ("DATE", "2026-03-12")],
        "a passive participle beats the future main verb",
    ),
    (
        "Kasım ayında düzenlenen kongrenin kararları yarın uygulanacak.",
        WED,
        [("DATE", "2025-11"), ("DATE", "2026-03-12")],
        "a month before a participle: the last one",
    ),
    (
        "4 Mart'ta yapılan oylamanın sonucu yarın duyurulacak.",
        WED,
        [("DATE", "2026-03-04"), ("DATE", "2026-03-12")],
        "a day-month before a participle: not next year",
    ),
    (
        "18 Mart'ta açılan sergi 25 Mart'a kadar sürecek.",
        WED,
        [("DATE", "2026-03-18"), ("DATE", "2026-03-25")],
        "a participle allows a day shortly ahead",
    ),
    (
        "Cumartesi oynanan derbinin ardından hoca istifa edecek.",
        WED,
        [("DATE", "2026-03-07")],
        "the last Saturday",
    ),
    (
        "Cuma günü ilan edilecek.",
        WED,
        [("DATE", "2026-03-13")],
        "'ilan' is a noun, not a participle",
    ),
    (
        "Zirve 20 Mart'ta yapılması planlanan görüşmeden sonra toplanacak.",
        WED,
        [("DATE", "2026-03-20")],
        "a verbal noun and a participle of planning: no tense from them",
    ),
    (
        "Nisan ayından önce bakanlık tarafından hazırlanan taslak onaylanacak.",
        WED,
        [("DATE", "2026-04")],
        "a participle far from the date describes another noun",
    ),
]

WEEKDAY_CASES = [
    ("Kurul toplantısı cumaya ertelendi.", WED, [("DATE", "2026-03-13")], "moved to: ahead"),
    ("Oylama pazartesiye ertelendi.", WED, [("DATE", "2026-03-16")], "moved to Monday"),
    (
        "Kurul toplantısı Cuma'ya ertelendi.",
        WED,
        [("DATE", "2026-03-13")],
        "Cuma with an apostrophe before a verb of moving: the day, not the name",
    ),
    ("Başvurular Perşembe'ye kadar sürecek.", WED, [("DATE", "2026-03-12")], "until Thursday"),
    ("Sergi Cuma'dan itibaren açık.", WED, [("DATE", "2026-03-13")], "from Friday"),
    ("Vali Çarşamba'ya gitti.", WED, [], "the town"),
    ("Hoca, Cuma'ya kızdı.", WED, [], "a name"),
]

NIGHTS = [
    (
        "Cumartesiyi pazara bağlayan gece sel oldu.",
        WED,
        [("TIME", "2026-03-07TNI")],
        "the night joining two weekdays is the first one's night",
    ),
    (
        "Perşembeyi cumaya bağlayan gece kar bekleniyor.",
        WED,
        [("TIME", "2026-03-12TNI")],
        "ahead by the tense",
    ),
    (
        "2 Mart'ı 3 Mart'a bağlayan gece çığ düştü.",
        WED,
        [("TIME", "2026-03-02TNI")],
        "two dated days",
    ),
    (
        "Salıyı çarşambaya bağlayan gece yarısı tarife değişecek.",
        WED,
        [("TIME", "2026-03-18T00:00")],
        "its midnight starts the second day",
    ),
    ("Önceki gece çığ düştü.", WED, [("TIME", "2026-03-09TNI")], "the night before last"),
    ("Evvelki akşam sel oldu.", WED, [("TIME", "2026-03-09TEV")], "the evening before last"),
    ("Geçen gece çığ düştü.", WED, [("TIME", "2026-03-10TNI")], "last night"),
    ("Sınavdan önceki gün salon hazırlandı.", WED, [], "counted from an event: unknown"),
    ("Törenden önceki gece prova yapıldı.", WED, [], "counted from an event: unknown"),
    (
        "Tarife yarın gece yarısından itibaren uygulanacak.",
        WED,
        [("TIME", "2026-03-13T00:00")],
        "'gece yarısından' after a deictic day",
    ),
]

FEASTS = [
    (
        "Kurban Bayramı'nın ikinci günü yollar doluydu.",
        WED,
        [("DATE", "2025-06-07")],
        "a day of a movable feast: the last occurrence for the past",
    ),
    (
        "Kurban Bayramı'nın ikinci günü müzeler ücretsiz olacak.",
        WED,
        [("DATE", "2026-05-28")],
        "the coming occurrence for the future",
    ),
    (
        "Ramazan Bayramı arifesi memurlar yarım gün çalışacak.",
        WED,
        [("DATE", "2026-03-19"), ("DURATION", "P0.5D")],
        "the eve is the day before the first",
    ),
    (
        "Müzeler önümüzdeki Kurban Bayramı'nın 2.3.4 günü açık olacak.",
        WED,
        [("DATE", "2026-05-28/2026-05-30")],
        "several days of a feast written with dots: one interval",
    ),
    (
        "Ramazan Bayramı'nın son gününde trafik kilitlendi.",
        WED,
        [("DATE", "2025-04-01")],
        "the last day",
    ),
    ("Kurban Bayramı'nın beşinci günü çarşı açılacak.", WED, [], "a feast of four days"),
]

MONTH_LISTS = [
    (
        "Şimdi eylül, ekim, kasım aylarında yoğun talep görüyoruz.",
        date(2025, 9, 17),
        [("DATE", "2025-09,2025-10,2025-11")],
        "months joined by commas before the plural noun: one list; 'ciddi'-like words aside",
    ),
    (
        "Temmuz, ağustos aylarına göre fiyatlar düştü.",
        date(2025, 9, 17),
        [("DATE", "2025-07,2025-08")],
        "two months and commas only",
    ),
    (
        "Mart ayında ciddi bir düşüş bekleniyor.",
        WED,
        [("DATE", "2026-03")],
        "'ciddi' is an adjective, not a past verb",
    ),
    (
        "Kasım ayında yedi bakan ziyarete gelecek.",
        WED,
        [("DATE", "2026-11")],
        "'yedi' is seven, not a past verb",
    ),
]

NOT_VERBS = [
    (
        "Eylül ayındaki artışı verilerden izleyebiliyoruz.",
        date(2025, 10, 15),
        [("DATE", "2025-09")],
        "'-ebiliyor' is an ability now, not a time to come",
    ),
    (
        "Temmuz ayında yaşanan düşüşü raporda görebilirsiniz.",
        date(2025, 10, 15),
        [("DATE", "2025-07")],
        "'-ebilirsiniz': you can see it now",
    ),
    (
        "Cumartesi günü M2 metro hattı bakım nedeniyle kapalı olacak.",
        WED,
        [("DATE", "2026-03-14")],
        "'hattı' (the line) is no past verb: the verb is 'olacak'",
    ),
    (
        "Pazar günü seçmenler sandık başına gidecek.",
        WED,
        [("DATE", "2026-03-15")],
        "'sandık' (ballot box) is no past verb",
    ),
    (
        "Ocak ayında kredi faizleri düşecek.",
        WED,
        [("DATE", "2027-01")],
        "'kredi' is no past verb",
    ),
    (
        "Perşembe günü istatistik kurumu verileri duyuracak.",
        WED,
        [("DATE", "2026-03-12")],
        "'istatistik' is no past verb",
    ),
    (
        "Nisan ayında kademeli olarak zam yapıldı.",
        date(2026, 6, 1),
        [("DATE", "2026-04")],
        "'kademeli' is no future verb",
    ),
]

CLOCK_WORDS = [
    (
        "Oturum New York saatiyle 10.00'da başlayacak.",
        WED,
        [("TIME", "2026-03-11T10:00")],
        "a city's time zone phrase stays inside the expression",
    ),
    ("Kurul saat on birde toplanacak.", WED, [("TIME", "2026-03-11T11:00")], "an hour in words"),
    ("Sınav saat onda başlayacak.", WED, [("TIME", "2026-03-11T10:00")], "'onda': at ten"),
    (
        "Kurul yarın saat dokuz buçukta toplanacak.",
        WED,
        [("TIME", "2026-03-12T09:30")],
        "a deictic day with a half hour in words: one expression",
    ),
    (
        "Kurul yarın saat 9 buçukta toplanacak.",
        WED,
        [("TIME", "2026-03-12T09:30")],
        "a half hour after digits",
    ),
]

NUMERIC_AND_EDGES = [
    (
        "Meclis geçen ay 24'ünde toplandı.",
        WED,
        [("DATE", "2026-02-24")],
        "'geçen ay' and a day with its possessive: one day",
    ),
    (
        "Faiz geçen ay 5'e indi.",
        WED,
        [("DATE", "2026-02")],
        "a number in the dative after 'geçen ay' is no day",
    ),
    (
        "Geçen yıl bugün kentte sel oldu.",
        WED,
        [("DATE", "2025-03-11")],
        "'geçen yıl bugün': this day last year, one expression",
    ),
    (
        "Bu yıl 12 Mayıs'ta kongre toplanacak.",
        WED,
        [("DATE", "2026"), ("DATE", "2026-05-12")],
        "'bu yıl' and the day are two expressions, as the corpus has them",
    ),
    (
        "Geçen yılın ocak-mayıs döneminde ihracat 40 milyon dolardı.",
        WED,
        [("DATE", "2025-01/2025-05")],
        "a range of months of the year shifted: one interval of last year",
    ),
    (
        "Gelecek yılın Mart-Mayıs aylarında sayım yapılacak.",
        WED,
        [("DATE", "2027-03/2027-05")],
        "of next year",
    ),
    (
        "02/01/2001 ile 30/06/2009 tarihleri arasında işe girenler başvurabilecek.",
        WED,
        [("DATE", "2001-01-02/2009-06-30")],
        "two numeric dates joined by 'ile … arasında': one interval",
    ),
    (
        "Mevduat 2024 yıl sonuna göre yüzde 10 arttı.",
        WED,
        [("DATE", "2024")],
        "'2024 yıl sonu' (the year noun without its possessive): END of the year",
    ),
]

COVERAGE = [
    ("Kuyu 3 gündür kuru.", WED, [("DURATION", "P3D")], "'-dır': a duration"),
    ("İki haftalık kamp başladı.", WED, [("DURATION", "P2W")], "'-lık' adjective"),
    ("Meclis haftada iki kez toplanıyor.", WED, [("SET", "P1W")], "a frequency"),
    ("Son yıllarda kira arttı.", WED, [], "vague: not listed"),
    ("Yakın zamanda kural değişecek.", WED, [], "vague: not listed"),
    ("Önümüzdeki günlerde yağış artacak.", WED, [], "vague: not listed"),
    ("Yılın ilk çeyreğinde ihracat arttı.", WED, [("DATE", "2026-Q1")], "a quarter"),
    ("Yılın ikinci yarısında faiz inecek.", WED, [("DATE", "2026-H2")], "a half"),
    ("Geçen kış göl dondu.", WED, [("DATE", "2025-WI")], "last winter"),
    ("1970'li yıllarda fabrika kuruldu.", WED, [("DATE", "197")], "a decade"),
    ("21. yüzyılın başında kent büyüdü.", WED, [("DATE", "20")], "a century, START"),
    ("Kira ayın 15'inde ödenecek.", WED, [("DATE", "2026-03-15")], "a day of this month"),
    ("Ödeme bu ayın sonunda yapılacak.", WED, [("DATE", "2026-03")], "'bu ayın sonunda', END"),
    ("Hafta sonu kar bekleniyor.", WED, [("DATE", "2026-W11-WE")], "the weekend"),
    ("Kurul üç gün sonra toplanacak.", WED, [("DATE", "2026-03-14")], "three days on"),
    ("Fabrika iki yıl önce kapandı.", WED, [("DATE", "2024")], "a year back"),
    ("Dün akşam sel oldu.", WED, [("TIME", "2026-03-10TEV")], "yesterday evening"),
    ("Gece yarısı zam geldi.", WED, [("TIME", "2026-03-12T00:00")], "midnight: next day"),
    ("Kurs 15/04/2026 tarihinde açılacak.", WED, [("DATE", "2026-04-15")], "slashes"),
    ("Kurs 2026-04-15 tarihinde açılacak.", WED, [("DATE", "2026-04-15")], "ISO"),
    ("Kurs 4 Nis. 2026'da açılacak.", WED, [("DATE", "2026-04-04")], "an abbreviated month"),
    ("Kurs 6-8 Nisan tarihlerinde açık.", WED, [("DATE", "2026-04-06/2026-04-08")], "days"),
    ("Kampanya Nisan-Mayıs aylarında sürecek.", WED, [("DATE", "2026-04/2026-05")], "months"),
    ("2027-2029 döneminde yatırım artacak.", WED, [("DATE", "2027/2029")], "years"),
    ("Kurul Pazartesi günü toplandı.", WED, [("DATE", "2026-03-09")], "a past weekday"),
    ("Kurul Cuma günü toplanacak.", WED, [("DATE", "2026-03-13")], "a future weekday"),
    ("Vali Ocak ayında atandı.", WED, [("DATE", "2026-01")], "a past month, this year"),
    ("Vali Aralık'ta atandı.", WED, [("DATE", "2025-12")], "a past month, last year"),
]

NOT_DATES = [
    ("Müze Pazartesi hariç her gün açık.", WED, [("SET", "P1D")], "the day a schedule leaves out"),
    ("Mağaza Salı dışında her gün açık.", WED, [("SET", "P1D")], "'dışında' likewise"),
    ("Ev sahibi takım 2-1 kazandı.", WED, [], "a score"),
    ("Kooperatif 1.500 üyeye ulaştı.", WED, [], "a number with a thousands dot"),
    ("Şikâyet için 0312 444 12 34 numarası aranabilir.", WED, [], "a phone number"),
    ("6698 sayılı kanun uygulanıyor.", WED, [], "a law's number"),
    ("Tarayıcının 4.2 sürümü çıktı.", WED, [], "a version"),
    ("Çağrı merkezi 7/24 hizmet veriyor.", WED, [], "24/7"),
]

CASES = (
    SPELLED_YEARS
    + PARTICIPLES
    + WEEKDAY_CASES
    + NIGHTS
    + FEASTS
    + MONTH_LISTS
    + NOT_VERBS
    + CLOCK_WORDS
    + NUMERIC_AND_EDGES
    + COVERAGE
    + NOT_DATES
)


def test_no_duplicates():
    assert_no_duplicates(CASES)


@parametrize(CASES)
def test_grammar_classes(text, published, expected, why):
    assert [(t.type, t.value) for t in tag(text, published) if t.type in ALL] == expected, why


def test_a_city_time_zone_stays_inside_the_expression():
    """The corpus README keeps the zone phrase inside the timex (``Türkiye saatiyle …``)."""
    timexes = tag("Oturum Brüksel saati ile 15.00'te açılacak.", WED)
    assert [(t.text, t.value) for t in timexes] == [
        ("Brüksel saati ile 15.00'te", "2026-03-11T15:00")
    ]
