"""Issue 14's seven classes of unseen-article failures, probed with sentences written for this
test (none from an article): each point's positive and negative cases, as they read under
the corpus conventions (``shared/corpus/README.md``)."""

from __future__ import annotations

from datetime import date

from .tables import assert_no_duplicates, parametrize, values

D = date
CASES = [
    (
        "Toplantı 23.15'te başlayacak.",
        D(2025, 11, 12),
        ["2025-11-12T23:15"],
        "point 1: clock times without 'saat', time ranges; negatives (decimals, scores, rates)",
    ),
    (
        "Maç 19.45'te başlayacak.",
        D(2025, 11, 12),
        ["2025-11-12T19:45"],
        "point 1: clock times without 'saat', time ranges; negatives (decimals, scores, rates)",
    ),
    (
        "Karşılaşma TSİ 21.00'de oynanacak.",
        D(2025, 11, 12),
        ["2025-11-12T21:00"],
        "point 1: clock times without 'saat', time ranges; negatives (decimals, scores, rates)",
    ),
    (
        "Miting 14.00-16.00 arasında yapılacak.",
        D(2025, 11, 12),
        ["2025-11-12T14:00/2025-11-12T16:00"],
        "point 1: clock times without 'saat', time ranges; negatives (decimals, scores, rates)",
    ),
    (
        "Banka şubeleri 09.30 ile 12.00 arası kapalı olacak.",
        D(2025, 11, 12),
        ["2025-11-12T09:30/2025-11-12T12:00"],
        "point 1: clock times without 'saat', time ranges; negatives (decimals, scores, rates)",
    ),
    (
        "Tören TSİ 14.00–16.00 arasında yapılacak.",
        D(2025, 11, 12),
        ["2025-11-12T14:00/2025-11-12T16:00"],
        "point 1: clock times without 'saat', time ranges; negatives (decimals, scores, rates)",
    ),
    (
        "Yarın 10.30'da açıklama yapılacak.",
        D(2025, 11, 12),
        ["2025-11-13T10:30"],
        "point 1: clock times without 'saat', time ranges; negatives (decimals, scores, rates)",
    ),
    (
        "Cuma günü 20.00'de konser var.",
        D(2025, 11, 12),
        ["2025-11-14T20:00"],
        "point 1: clock times without 'saat', time ranges; negatives (decimals, scores, rates)",
    ),
    (
        "Deprem 03.42'de meydana geldi.",
        D(2025, 11, 12),
        ["2025-11-12T03:42"],
        "point 1: clock times without 'saat', time ranges; negatives (decimals, scores, rates)",
    ),
    (
        "Toplantı 12 Kasım'da 14.30'da başlayacak.",
        D(2025, 11, 12),
        ["2025-11-12", "2025-11-12T14:30"],
        "point 1: clock times without 'saat', time ranges; negatives (decimals, scores, rates)",
    ),
    (
        "Enflasyon yüzde 23.15 oldu.",
        D(2025, 11, 12),
        [],
        "point 1: clock times without 'saat', time ranges; negatives (decimals, scores, rates)",
    ),
    (
        "Dolar 42.15 liradan işlem gördü.",
        D(2025, 11, 12),
        [],
        "point 1: clock times without 'saat', time ranges; negatives (decimals, scores, rates)",
    ),
    (
        "Maç 2-1 bitti.",
        D(2025, 11, 12),
        [],
        "point 1: clock times without 'saat', time ranges; negatives (decimals, scores, rates)",
    ),
    (
        "Euro 48.20 seviyesinde bulunuyor.",
        D(2025, 11, 12),
        [],
        "point 1: clock times without 'saat', time ranges; negatives (decimals, scores, rates)",
    ),
    (
        "Nüfus 1.5 milyon kişiye ulaştı.",
        D(2025, 11, 12),
        [],
        "point 1: clock times without 'saat', time ranges; negatives (decimals, scores, rates)",
    ),
    (
        "Kanunun 14.30 maddesi değişti.",
        D(2025, 11, 12),
        [],
        "point 1: clock times without 'saat', time ranges; negatives (decimals, scores, rates)",
    ),
    (
        "Destek hattı 24/7 açık.",
        D(2025, 11, 12),
        [],
        "point 1: clock times without 'saat', time ranges; negatives (decimals, scores, rates)",
    ),
    (
        "Maç 20:45'te başlayacak.",
        D(2025, 11, 12),
        ["2025-11-12T20:45"],
        "point 1: clock times without 'saat', time ranges; negatives (decimals, scores, rates)",
    ),
    (
        "Seçim sandıkları 08.00'de açılıp 17.00'de kapanacak.",
        D(2025, 11, 12),
        ["2025-11-12T08:00", "2025-11-12T17:00"],
        "point 1: clock times without 'saat', time ranges; negatives (decimals, scores, rates)",
    ),
    (
        "Toplantı Salı akşamı yapıldı.",
        D(2025, 11, 12),
        ["2025-11-11TEV"],
        "point 2: parts of the day with their day; habitual and meal words are no dates",
    ),
    (
        "5 Mart gecesi deprem oldu.",
        D(2025, 11, 12),
        ["2025-03-05TNI"],
        "point 2: parts of the day with their day; habitual and meal words are no dates",
    ),
    (
        "Kaza sabah saatlerinde meydana geldi.",
        D(2025, 11, 12),
        ["2025-11-12TMO"],
        "point 2: parts of the day with their day; habitual and meal words are no dates",
    ),
    (
        "Dün öğle saatlerinde yangın çıktı.",
        D(2025, 11, 12),
        ["2025-11-11TMI"],
        "point 2: parts of the day with their day; habitual and meal words are no dates",
    ),
    (
        "Yarın öğleden sonra toplantı yapılacak.",
        D(2025, 11, 12),
        ["2025-11-13TAF"],
        "point 2: parts of the day with their day; habitual and meal words are no dates",
    ),
    (
        "Cumartesi gündüz saatlerinde yağış bekleniyor.",
        D(2025, 11, 12),
        ["2025-11-15TDT"],
        "point 2: parts of the day with their day; habitual and meal words are no dates",
    ),
    (
        "Zam Çarşamba gece yarısı yürürlüğe girecek.",
        D(2025, 11, 12),
        ["2025-11-13T00:00"],
        "point 2: parts of the day with their day; habitual and meal words are no dates",
    ),
    (
        "Bu akşam maç var.",
        D(2025, 11, 12),
        ["2025-11-12TEV"],
        "point 2: parts of the day with their day; habitual and meal words are no dates",
    ),
    (
        "Dün gece yağış etkili oldu.",
        D(2025, 11, 12),
        ["2025-11-11TNI"],
        "point 2: parts of the day with their day; habitual and meal words are no dates",
    ),
    (
        "Sabahları yürüyüş yapıyor.",
        D(2025, 11, 12),
        [],
        "point 2: parts of the day with their day; habitual and meal words are no dates",
    ),
    (
        "Akşam yemeği için rezervasyon yapıldı.",
        D(2025, 11, 12),
        [],
        "point 2: parts of the day with their day; habitual and meal words are no dates",
    ),
    (
        "12 Kasım sabahı toplantı yapılacak.",
        D(2025, 11, 12),
        ["2025-11-12TMO"],
        "point 2: parts of the day with their day; habitual and meal words are no dates",
    ),
    (
        "Perşembe sabahı açıklama yapılacak.",
        D(2025, 11, 12),
        ["2025-11-13TMO"],
        "point 2: parts of the day with their day; habitual and meal words are no dates",
    ),
    (
        "Dün akşam saatlerinde kaza oldu.",
        D(2025, 11, 12),
        ["2025-11-11TEV"],
        "point 2: parts of the day with their day; habitual and meal words are no dates",
    ),
    (
        "Yarın gece yarısından itibaren yollar kapanacak.",
        D(2025, 11, 12),
        ["2025-11-14T00:00"],
        "point 2: parts of the day with their day; habitual and meal words are no dates",
    ),
    (
        "Geçen 23 Kasım'da yapılan toplantıda karar alındı.",
        D(2026, 3, 10),
        ["2025-11-23"],
        "point 3: the year of a day or month from tense and narrative",
    ),
    (
        "Festival Haziran ayında yapılacak.",
        D(2026, 3, 10),
        ["2026-06"],
        "point 3: the year of a day or month from tense and narrative",
    ),
    (
        "Anlaşma 23 Kasım'da imzalandı.",
        D(2026, 3, 10),
        ["2025-11-23"],
        "point 3: the year of a day or month from tense and narrative",
    ),
    (
        "Zirve 2 Şubat'ta yapılacak.",
        D(2025, 12, 20),
        ["2026-02-02"],
        "point 3: the year of a day or month from tense and narrative",
    ),
    (
        "2026 yılı sınav takvimine göre KPSS 12 Temmuz'da, ALES 3 Mayıs'ta yapılacak.",
        D(2025, 11, 10),
        ["2026", "2026-07-12", "2026-05-03"],
        "point 3: the year of a day or month from tense and narrative",
    ),
    (
        "26 Ağustos 1922'de başlayan taarruz 9 Eylül'de İzmir'de sona erdi.",
        D(2025, 8, 30),
        ["1922-08-26", "1922-09-09"],
        "point 3: the year of a day or month from tense and narrative",
    ),
    (
        "Ekim ayında enflasyon yüzde 3 oldu.",
        D(2025, 11, 3),
        ["2025-10"],
        "point 3: the year of a day or month from tense and narrative",
    ),
    (
        "Aralık ayında faiz indirimi bekleniyor.",
        D(2025, 11, 3),
        ["2025-12"],
        "point 3: the year of a day or month from tense and narrative",
    ),
    (
        "Ocak ayında zam yapılacak.",
        D(2025, 11, 3),
        ["2026-01"],
        "point 3: the year of a day or month from tense and narrative",
    ),
    (
        "Ocak ayında zam yapıldı.",
        D(2025, 11, 3),
        ["2025-01"],
        "point 3: the year of a day or month from tense and narrative",
    ),
    (
        "Geçen Aralık'ta açılan fuar ziyaretçi rekoru kırdı.",
        D(2026, 1, 10),
        ["2025-12"],
        "point 3: the year of a day or month from tense and narrative",
    ),
    (
        "Kongre 20 Ocak'ta toplanacaktı ancak ertelendi.",
        D(2026, 2, 15),
        ["2026-01-20"],
        "point 3: the year of a day or month from tense and narrative",
    ),
    (
        "Yeni düzenleme 5 Ocak'ta yürürlüğe girecek.",
        D(2025, 12, 28),
        ["2026-01-05"],
        "point 3: the year of a day or month from tense and narrative",
    ),
    (
        "Kampanya 28 Aralık'ta başladı.",
        D(2026, 1, 3),
        ["2025-12-28"],
        "point 3: the year of a day or month from tense and narrative",
    ),
    (
        "Fuar 16, 17 ve 18 Nisan'da yapılacak.",
        D(2026, 1, 10),
        ["2026-04-16,2026-04-17,2026-04-18"],
        "point 4: coordination, a date with its weekday, schedule headings",
    ),
    (
        "Sınav Salı ve Çarşamba günleri yapılacak.",
        D(2025, 11, 10),
        ["2025-11-11,2025-11-12"],
        "point 4: coordination, a date with its weekday, schedule headings",
    ),
    (
        "Zam Ekim ve Kasım aylarında yapılacak.",
        D(2025, 9, 10),
        ["2025-10,2025-11"],
        "point 4: coordination, a date with its weekday, schedule headings",
    ),
    (
        "Maç 12 Eylül 2026 Cumartesi günü oynanacak.",
        D(2026, 8, 1),
        ["2026-09-12"],
        "point 4: coordination, a date with its weekday, schedule headings",
    ),
    (
        "Maç 12 Eylül 2026 Pazartesi oynanacak.",
        D(2026, 8, 1),
        ["2026-09-12"],
        "point 4: coordination, a date with its weekday, schedule headings",
    ),
    (
        "Program\n14 Kasım Cuma:\n10.00 Açılış\n14.00 Panel",
        D(2025, 11, 10),
        ["2025-11-14", "2025-11-14T10:00", "2025-11-14T14:00"],
        "point 4: coordination, a date with its weekday, schedule headings",
    ),
    (
        "Toplantılar 7 ve 8 Ekim'de yapılacak.",
        D(2025, 9, 10),
        ["2025-10-07,2025-10-08"],
        "point 4: coordination, a date with its weekday, schedule headings",
    ),
    (
        "Festival 5-6-7 ve 8 Nisan'da düzenlenecek.",
        D(2026, 1, 10),
        ["2026-04-05/2026-04-08"],
        "point 4: coordination, a date with its weekday, schedule headings",
    ),
    (
        "Kurs pazartesi, salı ve çarşamba günü açık olacak.",
        D(2025, 11, 10),
        ["2025-11-10,2025-11-11,2025-11-12"],
        "point 4: coordination, a date with its weekday, schedule headings",
    ),
    (
        "Seçimler 1940 ve 1944'te yapıldı.",
        D(2025, 9, 10),
        ["1940,1944"],
        "point 4: coordination, a date with its weekday, schedule headings",
    ),
    (
        "Ödemeler Kasım ve Aralık'ta yapılacak.",
        D(2025, 9, 10),
        ["2025-11,2025-12"],
        "point 4: coordination, a date with its weekday, schedule headings",
    ),
    (
        "Sınavlar 3, 5 ve 7 Mart tarihlerinde yapılacak.",
        D(2026, 1, 10),
        ["2026-03-03,2026-03-05,2026-03-07"],
        "point 4: coordination, a date with its weekday, schedule headings",
    ),
    (
        "Program\n15 Kasım Cumartesi\n09.30 Kayıt\n11.00 Açılış konuşması\n"
        "16 Kasım Pazar\n10.00 Kapanış",
        D(2025, 11, 10),
        ["2025-11-15", "2025-11-15T09:30", "2025-11-15T11:00", "2025-11-16", "2025-11-16T10:00"],
        "point 4: coordination, a date with its weekday, schedule headings",
    ),
    (
        "Ekim ayında enflasyon yüzde 3 oldu, bir önceki ay ise yüzde 2,9 olmuştu.",
        D(2025, 11, 3),
        ["2025-10", "2025-09"],
        "point 5: relative expressions anchored on the period reported",
    ),
    (
        "Ekim 2023'te işsizlik bir önceki yılın aynı ayına göre arttı.",
        D(2023, 12, 1),
        ["2023-10", "2022-10"],
        "point 5: relative expressions anchored on the period reported",
    ),
    (
        "Geçen hafta 100 olan satışlar bir önceki hafta 90'dı.",
        D(2025, 11, 12),
        ["2025-W45", "2025-W44"],
        "point 5: relative expressions anchored on the period reported",
    ),
    (
        "Satışlar geçen ayın son haftasında arttı.",
        D(2025, 11, 12),
        [],
        "point 5: relative expressions anchored on the period reported",
    ),
    (
        "3 yıl önce bugün büyük deprem yaşandı.",
        D(2025, 11, 12),
        ["2022-11-12"],
        "point 5: relative expressions anchored on the period reported",
    ),
    (
        "Eylül ayında ihracat bir önceki aya göre arttı.",
        D(2025, 10, 2),
        ["2025-09", "2025-08"],
        "point 5: relative expressions anchored on the period reported",
    ),
    (
        "2024 yılında büyüme bir önceki yıla göre yüzde 3 oldu.",
        D(2025, 2, 10),
        ["2024", "2023"],
        "point 5: relative expressions anchored on the period reported",
    ),
    (
        "Ağustos'ta satışlar geçen yılın aynı ayına göre düştü.",
        D(2025, 9, 16),
        ["2025-08", "2024-08"],
        "point 5: relative expressions anchored on the period reported",
    ),
    (
        "10 yıl önce bugün stadyum açıldı.",
        D(2025, 11, 12),
        ["2015-11-12"],
        "point 5: relative expressions anchored on the period reported",
    ),
    (
        "Ocak-Eylül döneminde ihracat bir önceki yılın aynı dönemine göre arttı.",
        D(2025, 10, 5),
        ["2025-01/2025-09", "2024-01/2024-09"],
        "point 5: relative expressions anchored on the period reported",
    ),
    (
        "Üçüncü çeyrekte büyüme bir önceki çeyreğe göre yüzde 1 oldu.",
        D(2025, 11, 28),
        ["2025-Q3", "2025-Q2"],
        "point 5: relative expressions anchored on the period reported",
    ),
    (
        "Geçen yıl bugün rekor kırılmıştı.",
        D(2025, 11, 12),
        ["2024-11-12"],
        "point 5: relative expressions anchored on the period reported",
    ),
    (
        "Kasım ayında fiyatlar bir önceki yılın aralık ayına göre yüzde 30 arttı.",
        D(2025, 12, 5),
        ["2025-11", "2024-12"],
        "point 5: relative expressions anchored on the period reported",
    ),
    (
        "Büyüme 2025'in üçüncü çeyreğinde geçen yılın aynı çeyreğine göre yüzde 3,7 oldu.",
        D(2025, 11, 28),
        ["2025-Q3", "2024-Q3"],
        "point 5: relative expressions anchored on the period reported",
    ),
    (
        "İlk çeyrekte satışlar bir önceki çeyreğe göre düştü.",
        D(2025, 11, 28),
        ["2025-Q1", "2024-Q4"],
        "point 5: relative expressions anchored on the period reported",
    ),
    (
        "Bir önceki çeyrekte büyüme yavaşladı.",
        D(2025, 11, 28),
        [],
        "point 5: relative expressions anchored on the period reported",
    ),
    (
        "Yapı 19. yüzyılda inşa edildi.",
        D(2025, 11, 12),
        ["18"],
        "point 6: centuries and decades in TIMEX3 form",
    ),
    (
        "1950'li yıllarda göç başladı.",
        D(2025, 11, 12),
        ["195"],
        "point 6: centuries and decades in TIMEX3 form",
    ),
    (
        "90'larda ekonomi kriz yaşadı.",
        D(2025, 11, 12),
        ["199"],
        "point 6: centuries and decades in TIMEX3 form",
    ),
    (
        "2000'li yıllarda teknoloji hızla gelişti.",
        D(2025, 11, 12),
        ["200"],
        "point 6: centuries and decades in TIMEX3 form",
    ),
    (
        "Köprü 20. yüzyılın başında yapıldı.",
        D(2025, 11, 12),
        ["19"],
        "point 6: centuries and decades in TIMEX3 form",
    ),
    (
        "1980'lerde ihracat arttı.",
        D(2025, 11, 12),
        ["198"],
        "point 6: centuries and decades in TIMEX3 form",
    ),
    (
        "21. yüzyılın en büyük krizi yaşanıyor.",
        D(2025, 11, 12),
        ["20"],
        "point 6: centuries and decades in TIMEX3 form",
    ),
    (
        "70'li yıllarda petrol krizi yaşandı.",
        D(2025, 11, 12),
        ["197"],
        "point 6: centuries and decades in TIMEX3 form",
    ),
    (
        "Demiryolu 1800'lü yıllarda kuruldu.",
        D(2025, 11, 12),
        ["18"],
        "point 6: a round hundred (1800'lü yıllar) names the century, the 1800s",
    ),
    (
        "2010'lu yıllarda kentler büyüdü.",
        D(2025, 11, 12),
        ["201"],
        "point 6: centuries and decades in TIMEX3 form",
    ),
    (
        "Kanunun 19. maddesi değiştirildi.",
        D(2025, 11, 12),
        [],
        "point 6: centuries and decades in TIMEX3 form",
    ),
    (
        "Saray XIX. yüzyılda yapıldı.",
        D(2025, 11, 12),
        ["18"],
        "point 6: centuries and decades in TIMEX3 form",
    ),
    (
        "Takım 90'lı yılların en iyisiydi.",
        D(2025, 11, 12),
        ["199"],
        "point 6: centuries and decades in TIMEX3 form",
    ),
    (
        "Oyuncu 90. dakikada gol attı.",
        D(2025, 11, 12),
        [],
        "point 6: centuries and decades in TIMEX3 form",
    ),
    (
        "Faiz kararı açıklandı\nSon dakika: Merkez Bankası faizi sabit tuttu.",
        D(2025, 9, 16),
        [],
        "point 7: page furniture is no date of the text",
    ),
    (
        "Faiz kararı açıklandı\nGiriş: 16.09.2025 10:30 Güncelleme: 16.09.2025 11:00\n"
        "Banka faizi sabit tuttu.",
        D(2025, 9, 16),
        [],
        "point 7: page furniture is no date of the text",
    ),
    (
        "Belediyeden açıklama\n16:43 - 26/10/2022 Çarşamba\nBelediye yeni kararı duyurdu.",
        D(2022, 10, 26),
        [],
        "point 7: page furniture is no date of the text",
    ),
    (
        "Bakanlıktan duyuru\nBakanlık yeni düzenlemeyi duyurdu.\n— Ajans (@ajans) 25 Haziran 2015",
        D(2015, 6, 26),
        [],
        "point 7: page furniture is no date of the text",
    ),
    (
        "Faiz kararı açıklandı\nÇok okunanlar\nBanka faizi sabit tuttu.",
        D(2025, 9, 16),
        [],
        "point 7: page furniture is no date of the text",
    ),
    (
        "Yeni karar\nYayın Tarihi: 09.10.2025 20:22\nBanka faizi sabit tuttu.",
        D(2025, 10, 9),
        [],
        "point 7: page furniture is no date of the text",
    ),
    (
        "Zirve başladı\nİSTANBUL, 2 Haziran. Zirve bugün başladı.",
        D(2025, 6, 2),
        ["2025-06-02"],
        "point 7: page furniture is no date of the text",
    ),
    (
        "Faiz kararı\nGüncelleme: 12 Kasım 2025, Çarşamba 11:40\nBanka faizi sabit tuttu.",
        D(2025, 11, 12),
        [],
        "point 7: page furniture is no date of the text",
    ),
    (
        "AB açıklaması\nGiriş: 16 Eylül 2025, Salı 11:40 Güncelleme: 16 Eylül 2025, Salı 11:40 "
        "AB yetkilileri Salı günü açıklama yaptı.",
        D(2025, 9, 16),
        ["2025-09-16"],
        "point 7: page furniture is no date of the text",
    ),
    (
        "Bakanlık duyurdu\nYeni düzenleme yürürlükte. pic.twitter.com/abc "
        "— Bakanlık (@bakanlik) 3 Mart 2024",
        D(2024, 3, 4),
        [],
        "point 7: page furniture is no date of the text",
    ),
    (
        "Faiz kararı\n12.11.2025 14:32 | Güncelleme: 12.11.2025 15:10\nBanka faizi sabit tuttu.",
        D(2025, 11, 12),
        [],
        "point 7: page furniture is no date of the text",
    ),
    (
        "Faiz kararı\nSon Dakika Haberleri\nBanka faizi 12 Kasım'da açıkladı.",
        D(2025, 11, 12),
        ["2025-11-12"],
        "point 7: page furniture is no date of the text",
    ),
    (
        "Ekim ayında tatil dönemi olduğunu belirten başkan, yüksek doluluk bekliyor.",
        D(2025, 9, 17),
        ["2025-10"],
        "point 3: 'olduğunu' tells no tense; the present main verb: the coming October",
    ),
    (
        "Ocak ayında fiyatların yüksek olduğunu belirtti.",
        D(2025, 9, 17),
        ["2025-01"],
        "point 3: 'olduğunu' passed over, the past main verb gives last January",
    ),
]


def test_no_duplicates():
    assert_no_duplicates(CASES)


@parametrize(CASES)
def test_issue14_classes(text, published, expected, why):
    assert values(text, published) == expected, why
