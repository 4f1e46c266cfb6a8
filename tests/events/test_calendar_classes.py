"""The calendar classes unseen Turkish news carries (issue 13, points 1 and 2): exam and
election calendars, last days, draws, fixtures and finals, holidays and their eves, hearings,
openings, fairs and congresses, summits, signings, festivals and panels, each with the event a
reader would put in a calendar; and statistics, opinions and history, which give no feed event.

Each case is ``(name, text, expected)``: dates are marked ``[as written|TIMEX3 value]`` (see
``eventkit``), ``expected`` lists the feed events (at the default threshold) as ``(title,
date, end, status)``. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from eventkit import extract

from timeline.config import FEED_MIN_CONFIDENCE

D = "2026-02-10"

CASES = [
    # --- exam calendars, last days, draws ----------------------------------------------------
    (
        "an exam session on a day",
        "ÖSYM'nin açıkladığı takvime göre KPSS Genel Yetenek-Genel Kültür oturumu"
        " [12 Temmuz'da|2026-07-12] yapılacak.",
        [("KPSS Genel Yetenek-Genel Kültür oturumu", "2026-07-12", None, "planned")],
    ),
    (
        "the last day of applications",
        "Adaylık başvurularının son günü [20 Şubat|2026-02-20] olacak.",
        [("Adaylık başvurularının son günü", "2026-02-20", None, "planned")],
    ),
    (
        "a housing draw owned by its project",
        "Sosyal konut projesinin kura çekimi [25 Şubat'ta|2026-02-25] noter huzurunda"
        " gerçekleştirilecek.",
        [("Sosyal konut projesinin kura çekimi", "2026-02-25", None, "planned")],
    ),
    (
        "a draw whose owner is separated from it by a stage word",
        "Türkiye Kupası çeyrek final kura çekimi [12 Şubat'ta|2026-02-12] İstanbul'da yapılacak.",
        [("Türkiye Kupası çeyrek final kura çekimi", "2026-02-12", None, "planned")],
    ),
    (
        "a draw of a round named by its number",
        "Avrupa Ligi son 16 turu kura çekimi [27 Şubat'ta|2026-02-27] yapılacak.",
        [("Avrupa Ligi son 16 turu kura çekimi", "2026-02-27", None, "planned")],
    ),
    (
        "a stage word with no name before it names nothing",
        "Çeyrek final kura çekimi [12 Şubat'ta|2026-02-12] yapılacak.",
        [],
    ),
    # --- elections named by a kind of several words -------------------------------------------
    (
        "local elections on a day",
        "Yerel seçimler [29 Mart'ta|2026-03-29] yapılacak.",
        [("Yerel seçimler", "2026-03-29", None, "planned")],
    ),
    (
        "an early election in the locative",
        "Ülke genelinde erken seçim [29 Mart'ta|2026-03-29] yapılacak.",
        [("Erken seçim", "2026-03-29", None, "planned")],
    ),
    ("an election of no kind names nothing", "Seçim [29 Mart'ta|2026-03-29] yapılacak.", []),
    (
        "a call for an early election is no election",
        "Muhalefet [dün|2026-02-09] erken seçim çağrısında bulundu.",
        [],
    ),
    (
        "the results of local elections are not the vote",
        "Yerel seçim sonuçları [dün|2026-02-09] açıklandı.",
        [],
    ),
    (
        "a general election in a country told in the locative",
        "Macaristan'da [12 Nisan'da|2026-04-12] genel seçim yapılacak.",
        [("Macaristan seçimi", "2026-04-12", None, "planned")],
    ),
    (
        "a presidential election held, its country in the locative",
        "Azerbaycan'da [7 Mart'ta|2026-03-07] erken cumhurbaşkanlığı seçimi yapılacak.",
        [("Erken cumhurbaşkanlığı seçimi", "2026-03-07", None, "planned")],
    ),
    (
        "an early election after 'göre'",
        "Kararnameye göre Erken seçim [29 Mart'ta|2026-03-29] yapılacak.",
        [("Erken seçim", "2026-03-29", None, "planned")],
    ),
    ("a choice made is no election", "Kulüpte [12 Nisan'da|2026-04-12] seçim yapılacak.", []),
    (
        "a jury's choice is no election",
        "Jüri [12 Nisan'da|2026-04-12] en iyi filmin seçimini yapacak.",
        [],
    ),
    # --- strikes told with "greve çıkmak/gitmek" ------------------------------------------------
    (
        "workers go on strike on a day",
        "Metal işçileri [2 Mart'ta|2026-03-02] greve çıkacak.",
        [("Metal işçilerinin grevi", "2026-03-02", None, "planned")],
    ),
    (
        "a strike in the past tense",
        "Liman işçileri [dün|2026-02-09] greve gitti.",
        [("Liman işçilerinin grevi", "2026-02-09", None, "held")],
    ),
    (
        "refusing to strike is no feed event",
        "Öğretmenler [2 Mart'ta|2026-03-02] greve çıkmayacak.",
        [],
    ),
    (
        "a strike with no subject names nothing",
        "Bazı sektörlerde [2 Mart'ta|2026-03-02] greve çıkılacak.",
        [],
    ),
    # --- matches -------------------------------------------------------------------------------
    (
        "a derby with its kick-off",
        "Galatasaray-Fenerbahçe derbisi [22 Şubat Pazar günü saat 20.00'de|2026-02-22T20:00]"
        " oynanacak.",
        [("Galatasaray-Fenerbahçe derbisi", "2026-02-22", None, "planned")],
    ),
    (
        "a cup final",
        "Kadınlar Voleybol Kupası finali [1 Mart'ta|2026-03-01] Ankara'da oynanacak.",
        [("Kadınlar Voleybol Kupası finali", "2026-03-01", None, "planned")],
    ),
    (
        "a club meets a club named with 'ile'",
        "Trabzonspor, [12 Nisan'da|2026-04-12] Konyaspor ile karşılaşacak.",
        [("Trabzonspor ile Konyaspor maçı", "2026-04-12", None, "planned")],
    ),
    (
        "sides of two words each",
        "Real Madrid, [8 Nisan'da|2026-04-08] Manchester City ile karşılaşacak.",
        [("Real Madrid ile Manchester City maçı", "2026-04-08", None, "planned")],
    ),
    (
        "a team meets a country in the comitative",
        "A Milli Futbol Takımı [28 Mart'ta|2026-03-28] Almanya'yla karşılaşacak.",
        [("A Milli Futbol Takımı ile Almanya maçı", "2026-03-28", None, "planned")],
    ),
    (
        "meeting high prices is no match",
        "Vatandaşlar [dün|2026-02-09] Ankara'da yüksek fiyatlarla karşılaştı.",
        [],
    ),
    (
        "a club hosts a club on its ground",
        "Galatasaray, [1 Mart'ta|2026-03-01] sahasında Fenerbahçe'yi ağırlayacak.",
        [("Galatasaray ile Fenerbahçe maçı", "2026-03-01", None, "planned")],
    ),
    (
        "a club hosts a club in a league week",
        "Galatasaray ligin 25. haftasında [1 Mart'ta|2026-03-01] Fenerbahçe'yi ağırlayacak.",
        [("Galatasaray ile Fenerbahçe maçı", "2026-03-01", None, "planned")],
    ),
    (
        "a minister hosting on a ground is no match",
        "Bakan Kaya, [12 Mart'ta|2026-03-12] sahasında uzman ekibi ağırlayacak.",
        [("Kaya'nın görüşmesi", "2026-03-12", None, "planned")],
    ),
    (
        "two countries' meeting at a ministry",
        "Türkiye ile Yunanistan arasındaki toplantı [12 Mart'ta|2026-03-12] Dışişleri"
        " Bakanlığı'nda yapılacak.",
        [("Türkiye ile Yunanistan toplantısı", "2026-03-12", None, "planned")],
    ),
    (
        "two cities joined by 'ile' are no sides",
        "Ankara ile İstanbul arasındaki toplantı [12 Mart'ta|2026-03-12] yapılacak.",
        [],
    ),
    # --- a body meets and decides: the converb "toplanarak" ------------------------------------
    (
        "a board meets and keeps the rate",
        "Para Politikası Kurulu [dün|2026-02-09] toplanarak politika faizini sabit tuttu.",
        [("Para Politikası Kurulu toplantısı", "2026-02-09", None, "held")],
    ),
    (
        "a cabinet will meet and discuss",
        "Kabine [12 Mart'ta|2026-03-12] toplanarak yeni tedbirleri ele alacak.",
        [("Kabine toplantısı", "2026-03-12", None, "planned")],
    ),
    (
        "a body meeting under its chair",
        "Milli Güvenlik Kurulu [dün|2026-02-09] Cumhurbaşkanı Erdoğan başkanlığında toplanarak"
        " bildiri yayımladı.",
        [("Milli Güvenlik Kurulu toplantısı", "2026-02-09", None, "held")],
    ),
    (
        "a cabinet set off by a comma, meeting under its chair",
        "Kabine, [12 Mart'ta|2026-03-12] Cumhurbaşkanı Erdoğan başkanlığında toplanacak.",
        [("Kabine toplantısı", "2026-03-12", None, "planned")],
    ),
    (
        "'the board' alone says not which",
        "Kurul [dün|2026-02-09] toplanarak yeni kararlar aldı.",
        [],
    ),
    (
        "a body's meeting told after its participle of holding",
        "Federasyon Yönetim Kurulu [dün|2026-02-09] yaptığı toplantıda yeni talimatı onayladı.",
        [("Federasyon Yönetim Kurulu toplantısı", "2026-02-09", None, "held")],
    ),
    (
        "a generic board's meeting says not whose",
        "Yönetim Kurulu [dün|2026-02-09] yaptığı toplantıda yeni talimatı onayladı.",
        [],
    ),
    (
        "a name cut at its start titles nothing",
        "Türkiye Futbol Federasyonu Yönetim Kurulu [dün|2026-02-09] düzenlediği toplantıda"
        " yeni talimatı onayladı.",
        [],
    ),
    (
        "people gathering to march is no meeting",
        "Öğrenciler [dün|2026-02-09] meydanda toplanarak yürüdü.",
        [],
    ),
    (
        "debts collected are no meeting",
        "Şirket [dün|2026-02-09] borçlarını toplanarak yeniden yapılandırdı.",
        [],
    ),
    # --- holidays and their eves ---------------------------------------------------------------
    (
        "a feast on its day",
        "Ramazan Bayramı [20 Mart'ta|2026-03-20] başlayacak.",
        [("Ramazan Bayramı", "2026-03-20", None, "planned")],
    ),
    (
        "a national day celebrated",
        "Cumhuriyet Bayramı [29 Ekim'de|2026-10-29] tüm yurtta törenlerle kutlanacak.",
        [("Cumhuriyet Bayramı", "2026-10-29", None, "planned")],
    ),
    (
        "the eve of a feast, dated",
        "Kurban Bayramı arifesi olan [26 Mayıs'ta|2026-05-26] kamuda mesai yarım gün olacak.",
        [("Kurban Bayramı arifesi", "2026-05-26", None, "planned")],
    ),
    (
        "the eve of a feast, from the feast's days",
        "Ramazan Bayramı arifesinde kamu kurumlarında mesai öğleden sonra sona erecek.",
        [("Ramazan Bayramı arifesi", "2026-03-19", None, "planned")],
    ),
    (
        "an eve named alone, on the day before a feast",
        "Arife günü olan [19 Mart'ta|2026-03-19] kamuda mesai yarım gün olacak.",
        [("Ramazan Bayramı arifesi", "2026-03-19", None, "planned")],
    ),
    ("an eve named alone with no day", "Arife gününde çarşılarda yoğunluk yaşandı.", []),
    (
        "an extra day off granted for a coming day",
        "Kamu çalışanlarına [23 Mart'ta|2026-03-23] idari izin verildi.",
        [("İdari izin", "2026-03-23", None, "planned")],
    ),
    (
        "an extra day off given yesterday",
        "Valilik, kar nedeniyle [dün|2026-02-09] idari izin verdi.",
        [("İdari izin", "2026-02-09", None, "held")],
    ),
    ("a day off asked, with no day", "Kamu çalışanları idari izin talep etti.", []),
    ("a day off in a question", "Kamuda [19 Mart'ta|2026-03-19] idari izin olacak mı?", []),
    # --- hearings, openings, signings -----------------------------------------------------------
    (
        "a named case's hearing put off to a new day",
        "Ergenekon davasının duruşması [15 Nisan'a|2026-04-15] ertelendi.",
        [("Ergenekon davasının duruşması", "2026-04-15", None, "planned")],
    ),
    (
        "an ordinal word between the owner and the hearing",
        "Liman ihalesi davasının ilk duruşması [4 Mart'ta|2026-03-04] görülecek.",
        [("Liman ihalesi davasının ilk duruşması", "2026-03-04", None, "planned")],
    ),
    (
        "a hearing of 'the case' says not which",
        "Sanıkların yargılandığı davanın ilk duruşması [15 Nisan'da|2026-04-15] görülecek.",
        [],
    ),
    (
        "an opening owned by what is opened",
        "Yeni şehir hastanesinin açılışı [28 Şubat'ta|2026-02-28] yapılacak.",
        [("Yeni şehir hastanesinin açılışı", "2026-02-28", None, "planned")],
    ),
    (
        "a signing told by its verb",
        "Karadeniz Enerji Protokolü [20 Şubat'ta|2026-02-20] imzalanacak.",
        [("Karadeniz Enerji Protokolü'nün imzalanması", "2026-02-20", None, "planned")],
    ),
    (
        "a signing of common nouns, whose not said",
        "İki ülke arasındaki serbest ticaret anlaşması [20 Şubat'ta|2026-02-20] imzalanacak.",
        [],
    ),
    # --- fairs, congresses, summits, festivals, panels, boards ---------------------------------
    (
        "a fair over a range of days",
        "Uluslararası Mobilya Fuarı [5-8 Ekim'de|2026-10-05/2026-10-08] İzmir'de düzenlenecek.",
        [("Uluslararası Mobilya Fuarı", "2026-10-05", "2026-10-08", "planned")],
    ),
    (
        "a congress over a range of days",
        "Ulusal Kardiyoloji Kongresi [12-15 Kasım tarihlerinde|2026-11-12/2026-11-15]"
        " Antalya'da yapılacak.",
        [("Ulusal Kardiyoloji Kongresi", "2026-11-12", "2026-11-15", "planned")],
    ),
    (
        "a summit over two days",
        "NATO Zirvesi [7-8 Temmuz'da|2026-07-07/2026-07-08] Ankara'da yapılacak.",
        [("NATO Zirvesi", "2026-07-07", "2026-07-08", "planned")],
    ),
    (
        "a festival over a week",
        "Uluslararası Film Festivali [10-17 Nisan'da|2026-04-10/2026-04-17] İstanbul'da"
        " düzenlenecek.",
        [("Uluslararası Film Festivali", "2026-04-10", "2026-04-17", "planned")],
    ),
    (
        "a named panel",
        "Kadın Hakları Paneli [8 Mart'ta|2026-03-08] belediye meclis salonunda düzenlenecek.",
        [("Kadın Hakları Paneli", "2026-03-08", None, "planned")],
    ),
    (
        "a board meeting",
        "Merkez Bankası Para Politikası Kurulu toplantısı [12 Mart'ta|2026-03-12] yapılacak.",
        [("Merkez Bankası Para Politikası Kurulu toplantısı", "2026-03-12", None, "planned")],
    ),
    # --- results: of an exam, an election, a draw or a competition only ---------------------
    (
        "an exam's results named by its acronym",
        "ÖSYM'nin duyurusuna göre ALES sonuçları [5 Mart'ta|2026-03-05] açıklanacak.",
        [("ALES sonuçları", "2026-03-05", None, "planned")],
    ),
    (
        "an exam's results of a named session",
        "KPSS Lisans sonuçları [dün|2026-02-09] açıklandı.",
        [("KPSS Lisans sonuçları", "2026-02-09", None, "held")],
    ),
    (
        "a draw's results",
        "Yılbaşı çekilişinin sonuçları [1 Ocak'ta|2026-01-01] ilan edildi.",
        [("Yılbaşı çekilişinin sonuçları", "2026-01-01", None, "held")],
    ),
    (
        "an election's results take the name of the election told before",
        "Macaristan'da [12 Nisan'da|2026-04-12] genel seçim yapılacak. Seçimin sonuçları"
        " [13 Nisan'da|2026-04-13] açıklanacak.",
        [
            ("Macaristan seçimi", "2026-04-12", None, "planned"),
            ("Macaristan seçimi sonuçları", "2026-04-13", None, "planned"),
        ],
    ),
    (
        "results told alone after a named election",
        "Kurultayda başkanlık seçimi [12 Nisan'da|2026-04-12] yapılacak. Sonuçlar"
        " [14 Nisan'da|2026-04-14] açıklanacak.",
        [
            ("Başkanlık seçimi", "2026-04-12", None, "planned"),
            ("Başkanlık seçimi sonuçları", "2026-04-14", None, "planned"),
        ],
    ),
    (
        "the results of plural elections in the genitive",
        "Yerel seçimler [29 Mart'ta|2026-03-29] yapılacak. Seçimlerin sonuçları"
        " [2 Nisan'da|2026-04-02] açıklanacak.",
        [
            ("Yerel seçimler", "2026-03-29", None, "planned"),
            ("Yerel seçimlerin sonuçları", "2026-04-02", None, "planned"),
        ],
    ),
    (
        "'the election's results' with no election told say not which",
        "Seçimin sonuçları [13 Nisan'da|2026-04-13] açıklanacak.",
        [],
    ),
    ("a survey's results are no event", "Anket sonuçları [dün|2026-02-09] açıklandı.", []),
    (
        "a company's results are no event",
        "Şirketin yıllık finansal sonuçları [5 Mart'ta|2026-03-05] açıklanacak.",
        [],
    ),
    (
        "the results of 'the competition' say not which",
        "Yarışmanın sonuçları [20 Nisan'da|2026-04-20] ilan edilecek.",
        [],
    ),
    # --- payments to accounts -----------------------------------------------------------------
    (
        "salaries paid into accounts",
        "Memur maaşları [15 Şubat'ta|2026-02-15] hesaplara yatırılacak.",
        [("Memur maaşlarının hesaplara yatırılması", "2026-02-15", None, "planned")],
    ),
    (
        "payments reaching accounts",
        "Evde bakım ödemeleri [20 Şubat'ta|2026-02-20] hesaplara geçecek.",
        [("Evde bakım ödemelerinin hesaplara geçmesi", "2026-02-20", None, "planned")],
    ),
    (
        "the accounts' owner is not what is paid",
        "Tarımsal destek ödemeleri [6 Mart'ta|2026-03-06] çiftçilerin hesaplarına aktarılacak.",
        [("Tarımsal destek ödemelerinin hesaplara aktarılması", "2026-03-06", None, "planned")],
    ),
    (
        "what is paid set off by a comma, a described owner",
        "Hayvancılık destekleri, belirlenen takvime göre [12 Mart'ta|2026-03-12] hak sahibi"
        " üreticilerin hesaplarına aktarılacak.",
        [("Hayvancılık desteklerinin hesaplara aktarılması", "2026-03-12", None, "planned")],
    ),
    (
        "money put into accounts is no payment day",
        "Vatandaşların hesaplarına geçen yıl yüzde 20 daha fazla para yatırıldı.",
        [],
    ),
    (
        "payments that start reaching accounts from a day",
        "Gübre destekleri [bugün|2026-02-10] itibarıyla hesaplara aktarılmaya başladı.",
        [("Gübre desteklerinin hesaplara aktarılması", "2026-02-10", None, "held")],
    ),
    # --- an exam's story: the application, last day, exam and results told after its name ---
    (
        "the last day and the window of a named application",
        "Bursluluk sınavı başvuruları [2 Mart'ta|2026-03-02] başlayacak. Son gün"
        " [15 Mart|2026-03-15] olacak.",
        [("Bursluluk sınavı başvuruları", "2026-03-02", "2026-03-15", "planned")],
    ),
    (
        "an unnamed exam and results after the named applications",
        "Ehliyet sınavı başvuruları [2 Mart'ta|2026-03-02] başlayacak. Sınav"
        " [12 Nisan'da|2026-04-12] yapılacak, sonuçlar [5 Mayıs'ta|2026-05-05] açıklanacak.",
        [
            ("Ehliyet sınavı başvuruları", "2026-03-02", None, "planned"),
            ("Ehliyet sınavı", "2026-04-12", None, "planned"),
            ("Ehliyet sınavı sonuçları", "2026-05-05", None, "planned"),
        ],
    ),
    (
        "a last day in the next paragraph closes the window of an exam's applications",
        "YDS başvuruları [2 Mart'ta|2026-03-02] alınmaya başlanacak.\n\nAdaylar için son gün"
        " [20 Mart|2026-03-20] olacak.",
        [("YDS başvuruları", "2026-03-02", "2026-03-20", "planned")],
    ),
    (
        "an application window and an exam after the exam's acronym",
        "ÖSYM, 2026 DGS takvimini açıkladı. Başvurular"
        " [3-10 Mart tarihleri arasında|2026-03-03/2026-03-10] alınacak. Sınav"
        " [12 Temmuz'da|2026-07-12] yapılacak.",
        [
            ("DGS başvuruları", "2026-03-03", "2026-03-10", "planned"),
            ("DGS sınavı", "2026-07-12", None, "planned"),
        ],
    ),
    (
        "an application window of nothing named",
        "Başvurular [3-10 Mart tarihleri arasında|2026-03-03/2026-03-10] alınacak.",
        [],
    ),
    ("a last day of nothing named", "Son gün [15 Mart|2026-03-15] olacak.", []),
    ("recent days are no last day", "Piyasalar son günlerde [dün|2026-02-09] düştü.", []),
    # --- fixtures told by the host ------------------------------------------------------------
    (
        "a club hosts a club, with a comma",
        "Trabzonspor, [21 Şubat'ta|2026-02-21] Kasımpaşa'yı konuk edecek.",
        [("Trabzonspor ile Kasımpaşa maçı", "2026-02-21", None, "planned")],
    ),
    (
        "a club hosts a club at home, no comma",
        "Beşiktaş [22 Şubat Pazar günü|2026-02-22] sahasında Konyaspor'u ağırlayacak.",
        [("Beşiktaş ile Konyaspor maçı", "2026-02-22", None, "planned")],
    ),
    (
        "a hotel hosting tourists is no match",
        "Otel bu yaz [Temmuz'da|2026-07] binlerce turisti ağırlayacak.",
        [],
    ),
    # --- performances given by a named performer -----------------------------------------------
    (
        "a singer's concert, the name set off by a date",
        "Sezen Aksu [14 Şubat'ta|2026-02-14] Harbiye Açıkhava'da konser verecek.",
        [("Sezen Aksu konseri", "2026-02-14", None, "planned")],
    ),
    (
        "an orchestra's concert, the name set off by a comma",
        "Cumhurbaşkanlığı Senfoni Orkestrası, [20 Mart'ta|2026-03-20] konser verecek.",
        [("Cumhurbaşkanlığı Senfoni Orkestrası konseri", "2026-03-20", None, "planned")],
    ),
    (
        "a performer named after a role that opens the sentence",
        "Ünlü şarkıcı Tarkan [14 Şubat'ta|2026-02-14] İzmir'de konser verecek.",
        [("Tarkan konseri", "2026-02-14", None, "planned")],
    ),
    (
        "a role with no name is no performer",
        "Ünlü sanatçı [14 Şubat'ta|2026-02-14] İzmir'de konser verecek.",
        [],
    ),
    (
        "a city giving a concert is titled by no performer",
        "İzmir [14 Şubat'ta|2026-02-14] ünlü sanatçılara konser verecek.",
        [],
    ),
    # --- data releases told by their figures ---------------------------------------------------
    (
        "a statistics office releases its figures",
        "TÜİK, ocak ayı enflasyon rakamlarını [yarın saat 10.00'da|2026-02-11T10:00] açıklayacak.",
        [("TÜİK enflasyon rakamları", "2026-02-11", None, "planned")],
    ),
    (
        "figures a statement rests on are no release",
        "TÜİK'in [dün|2026-02-09] açıkladığı rakamlara göre işsizlik yüzde 8,6 oldu.",
        [],
    ),
    # --- launches ------------------------------------------------------------------------------
    (
        "a launch of a lower-case possessor belongs to the name set off before it",
        "Togg, yeni modelinin lansmanını [3 Mart'ta|2026-03-03] yapacak.",
        [("Togg'un yeni modelinin lansmanı", "2026-03-03", None, "planned")],
    ),
    # --- press conferences held by one person -------------------------------------------------
    (
        "a minister's press conference",
        "Hazine ve Maliye Bakanı Mehmet Şimşek [yarın|2026-02-11] basın toplantısı düzenleyecek.",
        [("Şimşek'in basın toplantısı", "2026-02-11", None, "planned")],
    ),
    (
        "a press conference held by one person, titled by the holder, not the city",
        "Bakan Kaya [yarın|2026-02-11] Ankara'da bir basın toplantısı düzenleyecek.",
        [("Kaya'nın basın toplantısı", "2026-02-11", None, "planned")],
    ),
    (
        "a joint press conference is titled by both holders",
        "Dışişleri Bakanı Ali Kaya ile Ekonomi Bakanı Veli Demir [yarın|2026-02-11] ortak"
        " basın toplantısı düzenleyecek.",
        [("Kaya ile Demir'in basın toplantısı", "2026-02-11", None, "planned")],
    ),
    # --- cancellations ---------------------------------------------------------------------------
    (
        "a named fair called off for its coming day",
        "[15 Mart'ta|2026-03-15] yapılması planlanan Kitap Fuarı iptal edildi.",
        [("Kitap Fuarı", "2026-03-15", None, "cancelled")],
    ),
    (
        "a cancellation dated by the announcement is no feed event",
        "Ankara'daki Kitap Fuarı [dün|2026-02-09] iptal edildi.",
        [],
    ),
    # --- no feed event ------------------------------------------------------------------------
    ("a monthly statistic", "Enflasyon [Ocak'ta|2026-01] yüzde 4,8 arttı.", []),
    ("a yearly rate", "İşsizlik oranı [2025 yılında|2025] yüzde 8,6 oldu.", []),
    (
        "an expectation",
        "Uzmanlara göre [Mart ayında|2026-03] faiz indirimi beklenmiyor.",
        [],
    ),
    (
        "history",
        "[1923'te|1923] ilan edilen Cumhuriyet, modern Türkiye'nin temelini attı.",
        [],
    ),
    (
        "a market close",
        "Borsa İstanbul [dün|2026-02-09] günü yüzde 1,2 yükselişle tamamladı.",
        [],
    ),
    (
        "an agreement signed long ago",
        "[2015 yılında|2015] imzalanan Paris anlaşması iklim politikasını değiştirdi.",
        [],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_calendar_class(name: str, text: str, expected: list[tuple]) -> None:
    feed = [e for e in extract(text, D) if e.in_feed(FEED_MIN_CONFIDENCE)]
    assert [(e.title, e.date, e.end, e.status) for e in feed] == expected


VENUES = [
    (
        "a ministry in the locative is the venue",
        "Bakan Kaya ile Bakan Demir arasındaki toplantı [12 Mart'ta|2026-03-12] Dışişleri"
        " Bakanlığı'nda yapılacak.",
        "Dışişleri Bakanlığı",
    ),
    (
        "a ministry in a city",
        "Bakan Kaya ile Bakan Demir arasındaki toplantı [12 Mart'ta|2026-03-12] Ankara'daki"
        " Ticaret Bakanlığı'nda yapılacak.",
        "Ticaret Bakanlığı, Ankara",
    ),
    (
        "a country named as a side is no place",
        "Türkiye ile Yunanistan arasındaki görüşmeler [12 Mart'ta|2026-03-12] başlayacak.",
        None,
    ),
    (
        "a ministry in the genitive is no venue",
        "Hazine ve Maliye Bakanlığı'nın duyurusuna göre Vergi Konseyi toplantısı"
        " [12 Mart'ta|2026-03-12] yapılacak.",
        None,
    ),
]


@pytest.mark.parametrize(("name", "text", "place"), VENUES, ids=[c[0] for c in VENUES])
def test_meeting_venue(name: str, text: str, place: str | None) -> None:
    """Point 6: an institution in the locative is where a meeting is held; a side is not."""
    (event,) = extract(text, D)
    assert event.location == place


SAME_DAY = [
    (
        "a present tense later on the publication day",
        "Kabine toplantısı [bugün saat 14.00'te|2026-02-10T14:00] başlıyor.",
        "planned",
    ),
    (
        "a past tense earlier on the publication day",
        "Kabine toplantısı [bugün saat 08.00'de|2026-02-10T08:00] başladı.",
        "held",
    ),
    (
        "a future tense on the publication day",
        "Merkez Bankası faiz kararını [bugün saat 14.00'te|2026-02-10T14:00] açıklayacak.",
        "planned",
    ),
]


@pytest.mark.parametrize(("name", "text", "status"), SAME_DAY, ids=[c[0] for c in SAME_DAY])
def test_same_day_status(name: str, text: str, status: str) -> None:
    """Point 5: an item of the publication day told at 09.00 for a later hour is planned."""
    events = extract(text, "2026-02-10T09:00:00+03:00")
    assert [e.status for e in events] == [status]
