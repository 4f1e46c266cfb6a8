"""Precision cases of the event extractor (issue 13, audit of 2026-12-03), on Turkish sentences
written for these tests: what a strict editor rejected, as general patterns.

Each case is ``(name, published, text, expected)`` as in ``test_event_sentences``: dates marked
``[as written|TIMEX3 value]``, ``expected`` the events in order with the fields that matter
(``[]``: no event at all).
"""

from __future__ import annotations

import pytest
from eventkit import JSON, assert_events, extract

from timeline.config import feed_min_confidence
from timeline.events.merge import Mention, cluster, same_happening
from timeline.events.titles import lexicon_tr, mended_title
from timeline.model import Event, Source

CASES = [
    # --- the last day of a period or event is titled as its end ------------------------------
    (
        "a school year's last day is its completion, not the year",
        "2026-05-04",
        "2025-2026 eğitim yılı [19 Haziran 2026 Cuma günü|2026-06-19] tamamlanacak.",
        [dict(date="2026-06-19", title="Eğitim yılının tamamlanması", status="planned")],
    ),
    (
        "a named congress's closing day is its end",
        "2027-04-02",
        "Her yıl toplanan Dünya Çevre Kongresi [9 Nisan'da|2027-04-09] sona erecek.",
        [dict(date="2027-04-09", title="Dünya Çevre Kongresi'nin sona ermesi")],
    ),
    # --- trigger senses: references and statistics are no events ----------------------------
    (
        "a happening named as the point after which something else happens is not dated by it",
        "2026-03-02",
        "AB referandumundan sonra hazırlanan bütçenin [23 Kasım'da|2026-11-23] açıklanması "
        "bekleniyor.",
        [],
    ),
    (
        "a congress whose annulment is sued for is the lawsuit's topic, not the event",
        "2026-03-02",
        "Partinin 12. Kurultayı'nın iptal davası [yarın|2026-03-03] Ankara'da görülecek.",
        [],
    ),
    (
        "games named as the point after which something else happens are not dated by it",
        "2026-04-20",
        "Hükümet, [2028|2028] Olimpiyat Oyunları'nın ardından ekonomiyi canlandırmayı hedefliyor.",
        [],
    ),
    (
        "an election campaign is not the election",
        "2026-04-20",
        "Peru, [1995 yılında|1995] seçim kampanyasında yasa dışı fon aldığı ortaya çıkan hükümet "
        "nedeniyle uyarılmıştı.",
        [],
    ),
    (
        "congress tourism is no congress",
        "2026-04-20",
        "Antalya'da kongre turizmi [Ekim'de|2026-10] hız kazanacak.",
        [],
    ),
    (
        "kinds of events written one after another name a kind of tourism",
        "2026-04-20",
        "Antalya'da [bu yıl|2026] toplantı seminer ve kongre turizminde rekor bekleniyor.",
        [],
    ),
    (
        "a summit meeting stays one event",
        "2026-04-20",
        "Zirve toplantısı [12 Mayıs'ta|2026-05-12] Bakü'de yapılacak.",
        [dict(date="2026-05-12", location="Bakü")],
    ),
    (
        "the top of a ranking is no summit",
        "2026-03-02",
        "Takım [bu yıl|2026] ilk kez ligin zirvesine oturdu; albüm de listenin zirvesinde.",
        [],
    ),
    (
        "the number of applicants in a week is a statistic",
        "2026-03-02",
        "Almanya'da kredi başvurusunda bulunanların sayısı, [20 Mart'ta|2026-03-20] "
        "beklentilerin üzerinde arttı.",
        [],
    ),
    (
        "a heading's 'details' word does not continue an event's name",
        "2026-03-02",
        "Festival Detayları [6 Ekim'de|2026-10-06] açıklanacak.",
        [],
    ),
    (
        "nor does 'ayrıntıları'",
        "2026-03-02",
        "Maç Ayrıntıları [6 Ekim'de|2026-10-06] belli olacak.",
        [],
    ),
    # --- titles: who owns a meeting, who visits ---------------------------------------------
    (
        "a meeting its owner names does not take another meeting's name",
        "2026-03-02",
        "ABD-Çin görüşmesi [3 Mart'ta|2026-03-03] yapılacak. Piyasalar, Fed'in "
        "[yarınki|2026-03-03] toplantısında faizi indirmesini bekliyor.",
        [dict(title="ABD-Çin görüşmesi"), dict(title="Fed'in toplantısı")],
    ),
    (
        "a proper name's genitive owns the meeting without the words before it",
        "2026-03-02",
        "Piyasalarda yatırımcılar Fed'in [yarınki|2026-03-03] toplantısına odaklandı.",
        [dict(title="Fed'in toplantısı", date="2026-03-03")],
    ),
    (
        "a site's section label does not open an event's name",
        "2026-03-02",
        "Haberler Macron Japonya ziyareti [4 Mart'ta|2026-03-04] başlayacak.",
        [dict(title="Macron Japonya ziyareti")],
    ),
    (
        "the owner of what is visited is not the visitor",
        "2026-03-02",
        "Papa, Topkapı Sarayı'nın bahçesini [4 Mayıs'ta|2026-05-04] ziyaret edecek.",
        [],
    ),
    (
        "an opening belongs to the event named before it in its sentence",
        "2026-04-20",
        "Madrid'de düzenlenecek 12. Avrupa Gençlik Festivali, [3 Temmuz Cuma günü saat "
        "20.00'de|2026-07-03T20:00] yapılacak açılış töreniyle başlayacak.",
        [
            dict(
                title="12. Avrupa Gençlik Festivali'nin açılışı",
                time="20:00",
                location="Madrid",
                confidence_reasons=[
                    "part-of",
                    "date-attached",
                    "status-verb",
                    "time",
                    "place-known",
                ],
            )
        ],
    ),
    (
        "an opening after 've ayrıca' opens something else, named by its own possessor",
        "2026-04-20",
        "Avrasya Enerji Forumu ve ayrıca yeni kütüphanenin açılışı [12 Mayıs'ta|2026-05-12] "
        "İzmir'de yapılacak.",
        [dict(title="Yeni kütüphanenin açılışı", location="İzmir")],
    ),
    (
        "a reference keeps its own date from the event beside it",
        "2019-03-20",
        "Bakan Ahmet Kaya, [31 Mart|2019-03-31] seçimleri öncesinde İzmir'deki mitinginde konuştu.",
        [],
    ),
    (
        "a date does not reach across a sentence inside a quotation to a later trigger",
        "2026-04-20",
        "“[Yarının|2026-04-21] enerjisini birlikte planlamalıyız. Bu hedefle çalışıyoruz” diyen "
        "başkan, Dünya Enerji Konseyi toplantısının gündemini anlattı.",
        [],
    ),
    (
        "a match given several days is a round's span: it stays under the feed threshold",
        "2026-04-20",
        "Dağspor-Ovaspor maçı [12-14 Mayıs'ta|2026-05-12/2026-05-14] oynanacak.",
        [dict(date="2026-05-12", end="2026-05-14", confidence=0.5)],
    ),
    (
        "a match on one day keeps its support",
        "2026-04-20",
        "Dağspor-Ovaspor maçı [12 Mayıs'ta|2026-05-12] oynanacak.",
        [dict(date="2026-05-12", end=None, confidence=0.9)],
    ),
    (
        "a full stop inside a code is no end of a sentence between a date and its event",
        "2026-04-20",
        "Bakan [12 Mayıs'ta|2026-05-12] Ankara'da düzenlenecek x.y Enerji Zirvesi'ne katılacak.",
        [dict(title="Enerji Zirvesi", date="2026-05-12", status="planned")],
    ),
    (
        "what is signed does not reach back over a date to the subject",
        "2026-04-20",
        "İki ülke [12 Mayıs'ta|2026-05-12] enerji anlaşmasını imzalamak için bir araya gelecek.",
        [dict(title="Enerji anlaşmasının imzalanması", date="2026-05-12", status="planned")],
    ),
    (
        "a visit with no visitor named is titled by its place alone",
        "2025-11-20",
        "Papa, [28 Kasım'da|2025-11-28] İznik'i ziyaret edecek.",
        [dict(title="İznik ziyareti", location="İznik, Bursa")],
    ),
    (
        "the first word of a visited site's name is not a visitor",
        "2025-11-20",
        "Fener Rum Patrikhanesi'ni de [29 Kasım'da|2025-11-29] ziyaret edecek.",
        [],
    ),
    (
        "a visitor before the destination stays the visitor",
        "2026-03-02",
        "Macron'un [4 Mayıs'ta|2026-05-04] Ankara'ya resmi ziyareti bekleniyor.",
        [dict(title="Macron'un Ankara'ya resmi ziyareti", location="Ankara")],
    ),
    (
        "a name joined by 've' before a lower-case head noun is kept whole",
        "2026-03-05",
        "Sağlık ve Sosyal Hizmetler Komitesi toplantısı [3 Mart'ta|2026-03-03] yapıldı.",
        [dict(title="Sağlık ve Sosyal Hizmetler Komitesi toplantısı", status="held")],
    ),
    # --- status from the verb that governs the event --------------------------------------
    (
        "the new date of a match told as 'the postponed match' is planned",
        "2023-09-11",
        "Yağış nedeniyle ertelenen Dağspor-Ovaspor maçının tarihi açıklandı\n"
        "Federasyon, yağış nedeniyle ertelenen Dağspor-Ovaspor maçının "
        "[8 Kasım Çarşamba günü|2023-11-08] oynanmasına karar verdi.",
        [dict(date="2023-11-08", status="planned", title="Dağspor-Ovaspor maçı")],
    ),
    (
        "a name's possessive before an apostrophe is no past tense",
        "2026-04-20",
        "Anma töreni [bugün saat 11.00'de|2026-04-20T11:00] Cumhuriyet Anıtı'nda, Vali Ahmet "
        "Kaya'nın konuşması ise öğleden sonra yapılacak.",
        [dict(date="2026-04-20", status="planned")],
    ),
    (
        "a slot told as 'was to be' is the one that was moved",
        "2023-09-11",
        "Dağspor-Ovaspor maçı [17 Eylül'de|2023-09-17] oynanacaktı. Dağspor-Ovaspor maçı "
        "[24 Eylül'de|2023-09-24] oynanacak.",
        [dict(date="2023-09-17", status="postponed"), dict(date="2023-09-24", status="planned")],
    ),
    (
        "a refusal to take part cancels nothing",
        "2026-04-20",
        "Bakanlar Kurulu toplantısı [yarın|2026-04-21] Ankara'da yapılacak. Muhalefet partileri "
        "toplantıya katılmayacaklarını duyurdu.",
        [dict(date="2026-04-21", status="planned")],
    ),
    (
        "a negative future of the happening itself still cancels it",
        "2026-04-20",
        "Bakanlar Kurulu toplantısı [yarın|2026-04-21] Ankara'da yapılmayacak.",
        [dict(date="2026-04-21", status="cancelled")],
    ),
    (
        "an undated postponement still moves the match's only slot",
        "2023-09-11",
        "Dağspor-Ovaspor maçı ertelendi\n"
        "Dağspor-Ovaspor maçı [17 Eylül'de|2023-09-17] oynanacaktı.",
        [dict(date="2023-09-17", status="postponed")],
    ),
    # --- participants: a title is followed by a name, not by the next sentence --------------
    (
        "an event word opening the sentence is not part of a person's title",
        "2026-04-20",
        "Toplantıya Cumhurbaşkanı Recep Tayyip Erdoğan da [yarın|2026-04-21] katılacak.",
        [dict(participants=["Cumhurbaşkanı Recep Tayyip Erdoğan"])],
    ),
    (
        "a demonstrative opening the next sentence is no name",
        "2026-04-20",
        "Bankanın yeni başkan Bu yılki toplantıyı [yarın|2026-04-21] Pekin'de açacak.",
        [dict(participants=[], location="Pekin")],
    ),
    (
        "a quotation after a title is no name",
        "2026-04-20",
        "Eski ekonomi danışmanı: “Bu yıl [5 Haziran'da|2026-06-05] yapılacak referandum sistemi "
        "değiştirecek.”",
        [],
    ),
    # --- confidence: a vote titled by the country that holds it is well supported -----------
    (
        "a referendum titled by its country",
        "2026-03-02",
        "Kırgızistan'da referandum [11 Nisan'da|2026-04-11] yapılacak.",
        [
            dict(
                title="Kırgızistan referandumu",
                confidence_reasons=["country-vote", "date-attached", "status-verb", "place-known"],
            )
        ],
    ),
    (
        "an election titled by a city stays a weak place title",
        "2026-03-02",
        "İzmir'de seçim [11 Nisan'da|2026-04-11] yapılacak.",
        [dict(title="İzmir seçimi", confidence=0.45)],
    ),
    (
        "schedule lines that name who they concern stay under the feed threshold",
        "2026-04-01",
        "Burs ödemeleri iki günde yapılacak.\n"
        "Okul numarası tek olanlar: [9 Nisan 2026 Perşembe|2026-04-09]\n"
        "Okul numarası çift olanlar: [10 Nisan 2026 Cuma|2026-04-10]",
        [
            dict(date="2026-04-09", confidence=0.5),
            dict(date="2026-04-10", confidence_reasons=["group-label", "date-attached"]),
        ],
    ),
    (
        "schedule lines that name what happens keep the agenda's support",
        "2026-04-01",
        "Fuar programı şöyle:\n"
        "Açılış töreni: [9 Nisan 2026 Perşembe|2026-04-09]\n"
        "Ödül töreni: [10 Nisan 2026 Cuma|2026-04-10]",
        [dict(title="Açılış töreni", confidence=0.95), dict(title="Ödül töreni")],
    ),
    (
        "a meeting named only by a body every company has does not say whose",
        "2026-04-20",
        "Şirketin [30 Nisan'da|2026-04-30] yapılacak Yönetim Kurulu toplantısında yeni genel "
        "müdür seçilecek.",
        [dict(title="Yönetim Kurulu toplantısı", confidence=0.5)],
    ),
    (
        "a body with its owner's name is named",
        "2026-04-20",
        "Avrupa Merkez Bankası Yönetim Kurulu toplantısı [30 Nisan'da|2026-04-30] yapılacak.",
        [dict(title="Avrupa Merkez Bankası Yönetim Kurulu toplantısı", confidence=0.9)],
    ),
    (
        "a congress dated only by the publication day stays under the feed threshold",
        "2026-04-20",
        "Dünya Sağlık Kongresi'nde aşı eşitsizliği tartışıldı\n"
        "Cenevre'de düzenlenen Dünya Sağlık Kongresi'nde bakanlar aşı eşitsizliğini tartıştı.",
        [dict(title="Dünya Sağlık Kongresi", confidence=0.5, location="Cenevre")],
    ),
    (
        "a meeting dated by the publication day keeps its support",
        "2026-04-20",
        "Gıda Komitesi toplantısı gerçekleşti\n"
        "Ankara'da düzenlenen Gıda Komitesi toplantısında üreticilerin sorunları ele alındı.",
        [dict(title="Gıda Komitesi toplantısı", confidence=0.6)],
    ),
    # --- places: a bare place name that only modifies the next word is not the place ---------
    (
        "the topic of a meeting is not its place",
        "2026-03-02",
        "Ermenistan gerilimini görüşecek Avrupa Konseyi toplantısı [12 Mart'ta|2026-03-12] "
        "yapılacak.",
        # nor is the continent in a body's name its seat: unplaced (docs/quality.md, places 8)
        [dict(date="2026-03-12", title="Avrupa Konseyi toplantısı", location=None)],
    ),
    (
        "a country word inside a company's name is no place; the company's whole name owns "
        "its body's meeting",
        "2026-03-02",
        "Mısır Demir Çelik Sanayi A.Ş.'nin genel kurul toplantısı [27 Mart'ta|2026-03-27] "
        "yapılacak.",
        [
            dict(
                title="Mısır Demir Çelik Sanayi A.Ş.'nin genel kurul toplantısı",
                location=None,
                confidence=0.75,
            )
        ],
    ),
    (
        "an adjective of a compound title stays with it",
        "2026-03-02",
        "Kooperatifin olağan genel kurul toplantısı [27 Mart'ta|2026-03-27] Konya'da yapılacak.",
        [dict(title="Olağan genel kurul toplantısı", location="Konya")],
    ),
    (
        "a topic country does not title talks either",
        "2026-03-02",
        "Ukrayna gerilimi ele alınırken iki bakan [3 Mart'ta|2026-03-03] görüşecek.",
        [],
    ),
    (
        "an official of a country is not a place, the city of the clause is",
        "2026-03-02",
        "Bir Japonya yetkilisi, görüşmenin [5 Nisan'da|2026-04-05] Viyana'da yapılacağını söyledi.",
        [dict(date="2026-04-05", location="Viyana")],
    ),
    (
        "a place before an event word stays the place",
        "2026-03-02",
        "Bakü zirvesi [19 Mart'ta|2026-03-19] yapılacak.",
        [dict(date="2026-03-19", location="Bakü", title="Bakü zirvesi")],
    ),
    (
        "a window that starts and ends keeps its own title",
        "2026-01-05",
        "Okullarda ara tatil [12 Ocak'ta|2026-01-12] başlayacak ve [16 Ocak'ta|2026-01-16] sona "
        "erecek.",
        [dict(date="2026-01-12", end="2026-01-16", title="Ara tatil")],
    ),
    # --- after the merge (audit of 2026-12-03, "after the merge") ----------------------------
    (
        "a match keeps the city it is played in",
        "2026-04-10",
        "Beşiktaş ile Liverpool [dün akşam|2026-04-09] İstanbul'da karşılaştı.",
        [dict(date="2026-04-09", location="İstanbul")],
    ),
    (
        "a postposition begins no title",
        "2026-04-10",
        "Konser alanı için bazı yollar [12 Nisan'da|2026-04-12] trafiğe kapatılacak.",
        [dict(date="2026-04-12", title="Bazı yolların trafiğe kapatılması", status="planned")],
    ),
    (
        "a manner phrase in the comitative is no owner of the event: the genitive before it is",
        "2026-04-10",
        "Bakan, yeni fabrikanın canlı bağlantıyla açılışı [20 Nisan'da|2026-04-20] yapılacak dedi.",
        [dict(date="2026-04-20", title="Yeni fabrikanın açılışı", status="planned")],
    ),
    (
        "a day of a holiday named in the genitive dates another happening, not the holiday",
        "2026-05-10",
        "Mağazalar, Kurban Bayramı'nın ikinci günü [27 Mayıs'ta|2026-05-27] kapalı olacak.",
        [],
    ),
    (
        "a holiday with its own date stays an event",
        "2026-05-10",
        "Kurban Bayramı [26 Mayıs'ta|2026-05-26] başlayacak.",
        [dict(date="2026-05-26", title="Kurban Bayramı")],
    ),
    (
        "the day of a statement does not date the event it speaks of",
        "2026-05-10",
        "Bakan, [dün|2026-05-09] yaptığı açıklamada Ege Ticaret Forumu'nun [haziranda|2026-06] "
        "yapılacağını söyledi.",
        [dict(date="2026-06", title="Ege Ticaret Forumu")],
    ),
    (
        "a meeting told in a statement takes its own day, not the statement's; a weekday no name",
        "2025-10-29",
        "Bakan Ali Kaya [Salı günü|2025-10-28] yaptığı açıklamada [Cuma günü|2025-10-31] Bakan "
        "Veli Demir ile görüşeceğini söyledi.",
        [dict(date="2025-10-31", title="Kaya ile Demir görüşmesi", status="planned")],
    ),
    (
        "a plural subject opening the sentence is no part of a name's genitive",
        "2026-05-10",
        "Yatırımcılar [12 Mayıs'ta|2026-05-12] Fed'in faiz kararına odaklanacak.",
        [dict(date="2026-05-12", title="Fed'in faiz kararı")],
    ),
    (
        "the offices a visitor calls on are what is visited, not the visit's name",
        "2026-05-10",
        "Vali Demir, [dün|2026-05-09] İl Emniyet Müdürlüğü ve Ticaret Odası Başkanlığını ziyaret "
        "etti.",
        [dict(date="2026-05-09", title="Demir'in ziyareti", status="held")],
    ),
    (
        "a visit to a city's offices is titled by the visitor and the city",
        "2026-05-10",
        "Bakan Kaya, [12 Mayıs'ta|2026-05-12] Ankara Valiliği ve Belediye Başkanlığını ziyaret "
        "edecek.",
        [dict(date="2026-05-12", title="Kaya'nın Ankara'ya ziyareti", location="Ankara")],
    ),
    # --- a negated verb of playing tells its own match ---------------------------------------
    (
        "a match of other sides not played leaves the match told before it as planned",
        "2026-04-02",
        "Bursaspor, [12 Nisan'da|2026-04-12] Manisaspor ile karşılaşacak. Amedspor ise Sakaryaspor "
        "ile karşılaşmayacak; federasyon karşılaşmayı iptal etti.",
        [dict(date="2026-04-12", title="Bursaspor ile Manisaspor maçı", status="planned")],
    ),
    (
        "a match of the same sides not played is the match told before it, cancelled",
        "2026-05-04",
        "Göztepe, [20 Mayıs'ta|2026-05-20] Bandırmaspor ile karşılaşacak. Ancak Göztepe, "
        "Bandırmaspor ile karşılaşmayacak; lig heyeti maçı iptal etti.",
        [dict(date="2026-05-20", title="Göztepe ile Bandırmaspor maçı", status="cancelled")],
    ),
    # --- a date opening a relative clause is the clause's ------------------------------------
    (
        "an exam day inside a clause describing the audience does not date the seminar",
        "2026-03-02",
        "Samsun'da [14 Haziran'da|2026-06-14] LGS'ye girecek öğrencilere [11 Mart'ta|2026-03-11] "
        "seminer verilecek.",
        [dict(date="2026-03-11", status="planned")],
    ),
    (
        "a race day inside a clause describing the audience does not date the panel",
        "2026-03-02",
        "Antalya'da [12 Nisan'da|2026-04-12] koşacak atletlere [20 Mart'ta|2026-03-20] panel "
        "verilecek.",
        [dict(date="2026-03-20", status="planned")],
    ),
    (
        "an opening day inside a clause describing the venue does not date the talk",
        "2026-03-02",
        "Eskişehir'de [27 Şubat'ta|2026-02-27] açılan kütüphanede [18 Mart'ta|2026-03-18] "
        "söyleşi düzenlenecek.",
        [dict(date="2026-03-18", status="planned")],
    ),
]


def test_case_names_are_unique():
    names = [c[0] for c in CASES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("name", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_sentence(name, published, text, expected):
    assert_events([e.to_json() for e in extract(text, published)], expected, JSON)


def _talks(*people: str) -> Event:
    return Event("2026-04-10", "day", "Görüşme", "talks", "planned", "", participants=list(people))


def test_foreign_and_turkish_spellings_of_a_surname_are_one_person():
    """``Xi Jinping`` and ``Şi Cinping``, ``Wang`` and ``Vang``: one call, not two."""
    assert same_happening(
        _talks("ABD Başkanı Donald Trump", "Çin lideri Xi Jinping"),
        _talks("ABD Başkanı Donald Trump", "Çin Devlet Başkanı Şi Cinping"),
    )
    assert same_happening(_talks("Bakan Wang", "Hakan Fidan"), _talks("Vang", "Fidan"))
    assert not same_happening(
        _talks("ABD Başkanı Donald Trump", "Çin lideri Xi Jinping"),
        _talks("ABD Başkanı Donald Trump", "Rusya Devlet Başkanı Vladimir Putin"),
    )


def test_the_weekday_a_holiday_falls_on_does_not_date_it():
    """``Salı gününe denk geliyor``: which weekday, not the coming Tuesday."""
    events = extract("Kurban Bayramı bu yıl [Salı gününe|2026-03-03] denk geliyor.", "2026-03-02")
    assert [e.date for e in events if e.date == "2026-03-03"] == []


def _report(status: str, published: str, doc: str) -> Mention:
    event = Event(
        "2026-05-12",
        "day",
        "Macron'un Ankara'ya resmi ziyareti",
        "visit",
        status,
        "",
        location="Ankara",
        country="Türkiye",
        participants=["Fransa Cumhurbaşkanı Emmanuel Macron"],
    )
    return Mention(event, Source(doc, f"{doc}.txt", doc, published, "", status=status))


def test_a_later_may_take_place_does_not_undo_will_take_place():
    """A later report that the visit "may" happen keeps it planned; a later "held" wins."""
    planned, proposed = (
        _report("planned", "2026-05-01", "a"),
        _report("proposed", "2026-05-03", "b"),
    )
    [merged] = cluster([planned, proposed])
    assert merged.event.status == "planned"
    [merged] = cluster([proposed, _report("held", "2026-05-12", "c")])
    assert merged.event.status == "held"


def test_a_club_named_after_a_city_is_no_place_of_its_match():
    events = extract("Beşiktaş, [dün|2026-04-09] sahasında Liverpool ile karşılaştı.", "2026-04-10")
    assert all(e.location is None for e in events), [(e.title, e.location) for e in events]


@pytest.mark.feed_threshold
@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Dışişleri Bakanı, [dün|2026-05-09] Trump görüşmesinin ayrıntılarını anlattı.", False),
        ("Dışişleri Bakanı, [dün|2026-05-09] NATO toplantısının ayrıntılarını anlattı.", True),
        ("Dışişleri Bakanı, [dün|2026-05-09] Cenevre görüşmelerinin ayrıntılarını anlattı.", True),
        ("Bakan, [dün|2026-05-09] İzmir'de esnafla bir araya geldi.", False),
        ("Dağspor, [pazar günü|2026-05-17] deplasmanda karşılaşacak.", False),
        ("Dağspor, [pazar günü|2026-05-17] deplasmanda Ovaspor ile karşılaşacak.", True),
        ("Putin ile Erdoğan, Soçi'deki zirvede [dün|2026-05-09] görüştü.", False),
        ("Putin ve Erdoğan, [dün|2026-05-09] Soçi'de görüştü.", False),
    ],
)
def test_a_meeting_named_by_one_side_alone_stays_out_of_the_feed(text, named):
    (event,) = extract(text, "2026-05-10")
    assert ("person-title" not in event.confidence_reasons) is named, event.confidence_reasons
    assert (event.confidence >= feed_min_confidence()) is named, event.confidence


@pytest.mark.parametrize(
    ("title", "mended"),
    [
        ("Bakanın'ın ziyareti", ""),
        ("Papa'nın Türkiye'ye ziyareti", "Papa'nın Türkiye'ye ziyareti"),
        ("Bir yatırım anlaşmasının imzalanması", "Yatırım anlaşmasının imzalanması"),
        ("Bir Dünya Festivali", "Bir Dünya Festivali"),
    ],
)
def test_a_title_opens_with_neither_a_doubled_person_title_nor_an_article(title, mended):
    assert mended_title(title, lexicon_tr()) == mended
