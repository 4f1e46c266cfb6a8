"""Generate a synthetic archive of Turkish news articles (for the ingest, feed and page benches).

    .venv/bin/python bench/generate.py OUT_DIR [--count 10000] [--seed 7] [--dir-size 1000]

Every sentence comes from the templates below (written for this bench; no text is taken from
a corpus): announcements, reports, postponements and cancellations of summits, visits,
meetings, elections, deadlines, fairs and festivals, in places of our gazetteer
(``timeline/lang/tr/places.tsv``) and by invented people, with their dates written in the
styles of Turkish news (``12 Kasım'da``, ``12.11.2025 tarihinde``, ``11-13 Mart'ta``, ``saat
14.00'te``, ``yarın``, ``Pazartesi günü``, ``geçen hafta``, ``3 yıl önce``), among sentences of
statistics and background that state no event.

The archive is written as it is generated (never held in memory): about 30 articles a day, so
the span of publication days grows with ``--count`` and ending on 2025-10-29, the day before
the benches' "today". Some happenings are reported by several articles (an announcement, a
reminder the day before, a postponement, a cancellation, a report after it was held), so
merging across articles is exercised. Most articles are text files with a ``Yayın Tarihi:``
header; some are JSON records, JSON Lines batches of four articles, or HTML pages with their
metadata. Files go into numbered sub-folders of ``--dir-size`` articles (``0000/``, ``0001/``…),
so that a bench can ingest the archive in chunks. The same ``--seed`` and ``--count`` give the
same bytes.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import sys
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.events.lexicon import lexicon  # noqa: E402
from timeline.lang import read_table  # noqa: E402

ARTICLES_PER_DAY = 30
LAST_DAY = date(2025, 10, 29)
ISTANBUL = timezone(timedelta(hours=3))
MONTHS = "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split()
WEEKDAYS = "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar".split()
# The locative ending of an hour read aloud ("14.00'te": on dört-te; "10.30'da": otuz-da).
HOUR_LOCATIVE = {
    9: "da",
    10: "da",
    11: "de",
    12: "de",
    13: "te",
    14: "te",
    15: "te",
    16: "da",
    17: "de",
    18: "de",
    19: "da",
    20: "de",
}
OUTLETS = (
    "Anadolu Gündem",
    "Körfez Haber",
    "Yeni Ufuk",
    "Başkent Postası",
    "Ege Ekspres",
    "Karadeniz Bülten",
)
FIRST = (
    "Ahmet",
    "Elif",
    "Murat",
    "Selin",
    "Kerem",
    "Derya",
    "Arman",
    "Saule",
    "Bakıt",
    "Aigerim",
    "Farhad",
    "Nigora",
    "Ilgar",
    "Leyla",
    "Tomas",
    "Ingrid",
    "Pavel",
    "Irina",
    "Yusuf",
    "Hande",
)
LAST = (
    "Aksoy",
    "Demirtaş",
    "Karaca",
    "Ergün",
    "Sarıbaş",
    "Abenov",
    "Jumabekov",
    "Nazarli",
    "Rashidov",
    "Kowalski",
    "Lindqvist",
    "Orlov",
    "Petrescu",
    "Tuncer",
    "Yalçınkaya",
    "Okan",
)
ROLES = (
    "Dışişleri Bakanı",
    "Ticaret Bakanı",
    "Enerji Bakanı",
    "Cumhurbaşkanı",
    "Başbakan",
    "Savunma Bakanı",
    "Ulaştırma Bakanı",
    "Kültür ve Turizm Bakanı",
)
SUMMITS = (
    "Türk Devletleri",
    "Karadeniz Ekonomik İşbirliği",
    "Avrasya Enerji",
    "Orta Asya-Avrupa",
    "Balkan Barış",
    "Hazar Ülkeleri",
    "Akdeniz İklim",
    "İpek Yolu Ticaret",
    "Kafkas Ulaşım",
    "Tuna Havzası",
)
FAIRS = (
    "Tarım ve Hayvancılık",
    "Savunma Sanayii",
    "Kitap",
    "Turizm",
    "Mobilya",
    "Gıda",
    "Yenilenebilir Enerji",
    "Otomotiv",
    "Tekstil",
    "Bilişim",
)
FESTIVALS = ("Film", "Caz", "Halk Dansları", "Tiyatro", "Gastronomi", "Çocuk", "Fotoğraf")
EXAMS = (
    "Yabancı Dil Yeterlik Sınavı",
    "Mesleki Yeterlilik Sınavı",
    "Lisansüstü Giriş Sınavı",
    "Uzmanlık Eğitimi Sınavı",
)
TOPICS = (
    "enerji",
    "ticaret",
    "ulaştırma",
    "güvenlik",
    "tarım",
    "turizm",
    "su kaynakları",
    "dijital dönüşüm",
    "sağlık",
    "eğitim",
)
REASONS = (
    "güvenlik gerekçesiyle",
    "olumsuz hava koşulları nedeniyle",
    "teknik nedenlerle",
    "katılımcıların takvimindeki değişiklik nedeniyle",
)
HEADS = {"meeting": "Görüşme", "visit": "Resmi ziyaret", "election": "Seçim"}
KINDS = ("summit", "visit", "meeting", "election", "deadline", "fair", "festival")
KIND_WEIGHTS = (3, 3, 4, 1, 1, 2, 2)
# Sentences that state no event: numbers, markets, background (some with dates of statistics).
STATISTICS = (
    "{country} ekonomisi {month_loc} yıllık bazda yüzde {pct} büyüdü.",
    "İhracat geçen yıl yüzde {pct} artarak {amount} milyar dolara ulaştı.",
    "{city_gen} nüfusu son sayımda {amount} bin kişiyi aştı.",
    "Yıllık enflasyon {month_loc} yüzde {pct} olarak gerçekleşti.",
    "Borsa günü yüzde {pct} yükselişle {amount}.{small} puandan tamamladı.",
    "İki ülke arasındaki ticaret hacmi {amount} milyon dolar düzeyinde bulunuyor.",
    "Bölgede işsizlik oranı yüzde {pct} seviyesine geriledi.",
    "Turist sayısı ilk dokuz ayda {amount} bin kişi ile rekor kırdı.",
)
BACKGROUND = (
    "Uzmanlar, bölgedeki gelişmelerin yakından izlenmesi gerektiğini vurguladı.",
    "Yetkililer, hazırlıkların büyük ölçüde tamamlandığını belirtti.",
    "Taraflar, {topic} alanında işbirliğinin güçlendirilmesi konusunda uzlaştı.",
    "Açıklamada, {topic} alanındaki ortak projelere öncelik verileceği ifade edildi.",
    "Sektör temsilcileri, maliyetlerdeki artışın sürdüğüne dikkat çekti.",
    "Vatandaşlar, duyuruların resmi kanallardan takip edilmesi konusunda uyarıldı.",
    "Gözlemciler, görüşmelerin bölgesel istikrara katkı sağlayacağını değerlendirdi.",
    "Program kapsamında {topic} konusunda bir çalışma grubunun kurulması da gündemde.",
)


@dataclass
class Happening:
    """One real-world happening, which several articles may report."""

    kind: str
    day: date
    place: dict
    people: list[str]
    name: str
    days: int = 1
    hour: int | None = None
    minute: int = 0
    status: str = "planned"
    reports: int = 0


@dataclass
class Article:
    """One generated article: its publication instant, headline, body and metadata."""

    number: int
    published: datetime
    title: str
    paragraphs: list[str]
    outlet: str
    url: str
    kinds: list[str] = field(default_factory=list)


class Generator:
    """Deterministic article stream for a seed and a count (see the module's docstring)."""

    def __init__(self, count: int, seed: int = 7):
        self.count = count
        self.rng = random.Random(seed)
        self.lex = lexicon("tr")
        places = read_table("tr", "places.tsv")
        self.cities = [p for p in places if p["kind"] in ("capital", "city", "province")]
        self.countries = [p for p in places if p["kind"] == "country"]
        self.people = [
            f"{role} {first} {last}" for role in ROLES for first in FIRST for last in LAST
        ]
        self.pool: deque[Happening] = deque(maxlen=400)  # recent happenings, for follow-ups
        days = max(1, -(-count // ARTICLES_PER_DAY))
        self.first_day = LAST_DAY - timedelta(days=days - 1)

    # -- date expressions ---------------------------------------------------------------------

    def loc(self, word: str) -> str:
        return self.lex.attach(word, "locative")

    def day_month(self, day: date, case: str = "locative") -> str:
        """``12 Kasım'da`` (or the dative ``12 Kasım'a``)."""
        return f"{day.day} {self.lex.attach(MONTHS[day.month - 1], case)}"

    def when(self, h: Happening, published: date) -> str:
        """The happening's date as an article published on ``published`` would write it."""
        ahead = (h.day - published).days
        if h.days > 1:
            last = h.day + timedelta(days=h.days - 1)
            if last.month == h.day.month:
                return f"{h.day.day}-{self.day_month(last)}"
            return f"{h.day.day} {MONTHS[h.day.month - 1]} - {self.day_month(last)}"
        roll = self.rng.random()
        if ahead == 1 and roll < 0.7:
            text = "yarın"
        elif 2 <= ahead <= 6 and roll < 0.5:
            text = f"{WEEKDAYS[h.day.weekday()]} günü"
        elif roll < 0.2:
            text = f"{h.day:%d.%m.%Y} tarihinde"
        else:
            text = self.day_month(h.day)
        if h.hour is not None:
            minutes = f"{h.hour}.{h.minute:02d}"
            text += f" saat {minutes}'{'da' if h.minute == 30 else HOUR_LOCATIVE[h.hour]}"
        return text

    # -- happenings -----------------------------------------------------------------------------

    def new_happening(self, published: date) -> Happening:
        rng = self.rng
        kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
        ahead = rng.choice((1, 2, 3, 5, 8, 12, 20, 35, 60, 120))
        place = rng.choice(self.cities)
        people = rng.sample(self.people, 2)
        h = Happening(kind, published + timedelta(days=ahead), place, people, "")
        if kind == "summit":
            h.name = f"{rng.randint(2, 30)}. {rng.choice(SUMMITS)} Zirvesi"
            h.days = rng.choice((1, 1, 2))
        elif kind == "fair":
            h.name = f"{rng.randint(2, 40)}. Uluslararası {rng.choice(FAIRS)} Fuarı"
            h.days = rng.choice((3, 4, 5))
        elif kind == "festival":
            h.name = f"{place['name']} {rng.choice(FESTIVALS)} Festivali"
            h.days = rng.choice((1, 3, 7))
        elif kind == "election":
            h.place = rng.choice(self.countries)
            h.name = f"{h.place['name']} genel seçimleri"
        elif kind == "deadline":
            h.name = rng.choice(EXAMS)
        elif kind in ("meeting", "visit"):
            h.place = rng.choice(self.countries) if kind == "visit" else place
            if rng.random() < 0.4:
                h.hour, h.minute = rng.choice(tuple(HOUR_LOCATIVE)), rng.choice((0, 0, 30))
        self.pool.append(h)
        return h

    def follow_up(self, published: date) -> Happening | None:
        """A happening announced earlier whose day is near: reported again."""
        for _ in range(4):
            if not self.pool:
                return None
            h = self.rng.choice(self.pool)
            if h.status not in ("cancelled",) and -3 <= (h.day - published).days <= 30:
                return h
        return None

    # -- sentences --------------------------------------------------------------------------------

    def announce(self, h: Happening, published: date) -> tuple[str, str]:
        """Headline and lead of an article announcing (or reminding of) a happening."""
        w = self.when(h, published)
        a, b = h.people
        place = h.place["name"]
        if h.kind == "summit":
            return (
                f"{h.name} {self.loc(place)} toplanıyor",
                f"{h.name} {w} {self.loc(place)} düzenlenecek.",
            )
        if h.kind == "fair":
            return (
                f"{h.name} kapılarını açıyor",
                f"{h.name} {w} {self.loc(place)} ziyaretçilerini ağırlayacak.",
            )
        if h.kind == "festival":
            return (f"{h.name} başlıyor", f"{h.name} {w} {self.loc(place)} yapılacak.")
        if h.kind == "election":
            return (
                f"{place} sandık başına gidiyor",
                f"{self.loc(place)} genel seçimler {w} yapılacak.",
            )
        if h.kind == "deadline":
            if self.rng.random() < 0.5:
                return (
                    f"{h.name} için başvurular sürüyor",
                    f"{h.name} için son başvuru {w} sona erecek.",
                )
            return (
                f"{h.name} için son gün yaklaşıyor",
                f"{h.name} için son başvuru günü {h.day.day} {MONTHS[h.day.month - 1]} olacak.",
            )
        if h.kind == "visit":
            return (
                f"{a.split()[-1]} {self.lex.attach(place, 'dative')} gidiyor",
                f"{a}, {w} {self.lex.attach(place, 'dative')} resmi ziyarette bulunacak.",
            )
        return (
            f"{a.split()[-1]} ile {b.split()[-1]} görüşecek",
            f"{a}, {w} {self.loc(place)} {b} ile görüşecek.",
        )

    def report(self, h: Happening, published: date) -> tuple[str, str]:
        """Headline and lead of an article reporting a happening that took place."""
        ago = (published - h.day).days
        w = "dün" if ago == 1 else ("bugün" if ago == 0 else self.day_month(h.day))
        a, b = h.people
        place = h.place["name"]
        if h.kind == "meeting":
            return (
                f"{a.split()[-1]} ile {b.split()[-1]} bir araya geldi",
                f"{a} ile {b}, {w} {self.loc(place)} bir araya geldi.",
            )
        if h.kind == "visit":
            return (
                f"{a.split()[-1]} {self.loc(place)} temaslarda bulundu",
                f"{a}, {w} {self.lex.attach(place, 'dative')} resmi bir ziyaret gerçekleştirdi.",
            )
        if h.kind == "election":
            return (
                f"{place} seçimlerinde sonuçlar belli oldu",
                f"{self.loc(place)} {w} yapılan genel seçimlerde oylar sayıldı.",
            )
        return (f"{h.name} tamamlandı", f"{h.name} {w} {self.loc(place)} gerçekleştirildi.")

    def planned(self, h: Happening) -> str:
        """``… yapılması planlanan X``: the happening named by its original slot."""
        a, b = h.people
        place = h.place["name"]
        old = self.day_month(h.day)
        if h.kind == "meeting":
            return f"{a} ile {b} arasında {old} {self.loc(place)} yapılması planlanan görüşme"
        if h.kind == "visit":
            return (
                f"{self.lex.attach(a, 'genitive')} {old} "
                f"{self.lex.attach(place, 'dative')} yapması planlanan resmi ziyareti"
            )
        if h.kind == "election":
            return f"{self.loc(place)} {old} yapılması planlanan genel seçimler"
        return f"{old} {self.loc(place)} yapılması planlanan {h.name}"

    def postpone(self, h: Happening, published: date) -> tuple[str, str]:
        what = self.planned(h)
        h.day += timedelta(days=self.rng.choice((7, 14, 21, 30)))
        h.status = "postponed"
        return (
            f"{h.name or HEADS[h.kind]} ertelendi",
            f"{what}, {self.rng.choice(REASONS)} {self.day_month(h.day, 'dative')} ertelendi.",
        )

    def cancel(self, h: Happening, published: date) -> tuple[str, str]:
        h.status = "cancelled"
        return (
            f"{h.name or HEADS[h.kind]} iptal edildi",
            f"{self.planned(h)}, {self.rng.choice(REASONS)} iptal edildi.",
        )

    def filler(self, n: int) -> list[str]:
        rng = self.rng
        out = []
        for _ in range(n):
            month = MONTHS[rng.randrange(12)]
            city = rng.choice(self.cities)["name"]
            template = rng.choice(STATISTICS if rng.random() < 0.5 else BACKGROUND)
            out.append(
                template.format(
                    country=rng.choice(self.countries)["name"],
                    month_loc=self.loc(month),
                    city_gen=self.lex.attach(city, "genitive"),
                    topic=rng.choice(TOPICS),
                    pct=f"{rng.randint(1, 60)},{rng.randint(0, 9)}",
                    amount=rng.randint(12, 950),
                    small=f"{rng.randint(0, 99):02d}",
                )
            )
        return out

    def history(self, h: Happening, published: date) -> str:
        """A sentence about an earlier edition (a year-precise event) or last week's contact."""
        years = self.rng.randint(2, 9)
        other = self.rng.choice(self.cities)["name"]
        if h.kind == "summit":
            family = h.name.split(". ", 1)[1]
            return (
                f"{self.lex.attach(family, 'genitive')} ilki {years} yıl önce "
                f"{self.loc(other)} düzenlenmişti."
            )
        if h.kind in ("fair", "festival"):
            return f"Etkinliğin ilki {years} yıl önce {self.loc(other)} düzenlenmişti."
        return (
            f"{h.people[0]}, geçen hafta da {self.rng.choice(TOPICS)} konusunda "
            "açıklamalar yapmıştı."
        )

    # -- articles ---------------------------------------------------------------------------------

    def articles(self) -> Iterator[Article]:
        rng = self.rng
        for n in range(self.count):
            day = self.first_day + timedelta(days=n // ARTICLES_PER_DAY)
            published = datetime(
                day.year,
                day.month,
                day.day,
                7 + (n % ARTICLES_PER_DAY) // 2,
                rng.randrange(60),
                tzinfo=ISTANBUL,
            )
            roll = rng.random()
            h = self.follow_up(day) if roll < 0.35 else None
            if h is None:
                h = self.new_happening(day)
                title, lead = self.announce(h, day)
            elif h.day < day or (h.day == day and rng.random() < 0.5):
                title, lead = self.report(h, day)
                h.status = "held"
            elif roll < 0.04 and h.status == "planned":
                title, lead = self.postpone(h, day)
            elif roll < 0.06 and h.status == "planned":
                title, lead = self.cancel(h, day)
            else:
                title, lead = self.announce(h, day)
            h.reports += 1
            body = [lead, *self.filler(rng.randint(2, 4))]
            if rng.random() < 0.3:
                body.append(self.history(h, day))
            if rng.random() < 0.3:  # a second happening in the same article
                other = self.new_happening(day)
                body.append(self.announce(other, day)[1])
            body.extend(self.filler(rng.randint(3, 9)))
            paragraphs = [" ".join(body[i : i + 3]) for i in range(0, len(body), 3)]
            outlet = rng.choice(OUTLETS)
            slug = f"{day:%Y/%m/%d}/haber-{n:06d}"
            yield Article(
                n,
                published,
                title,
                paragraphs,
                outlet,
                f"https://{outlet.split()[0].lower()}.example/{slug}",
                [h.kind],
            )


# -- file formats ------------------------------------------------------------------------------


def as_text(a: Article) -> str:
    return (
        f"{a.title}\n\nYayın Tarihi: {a.published:%d.%m.%Y %H:%M}\nKaynak: {a.outlet}\n\n"
        + "\n\n".join(a.paragraphs)
        + "\n"
    )


def as_record(a: Article) -> dict:
    return {
        "title": a.title,
        "url": a.url,
        "outlet": a.outlet,
        "published": a.published.isoformat(),
        "content": "\n\n".join(a.paragraphs),
    }


def as_html(a: Article) -> str:
    e = html.escape
    paragraphs = "\n".join(f"    <p>{e(p)}</p>" for p in a.paragraphs)
    return (
        f'<!DOCTYPE html>\n<html lang="tr">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{e(a.title)}</title>\n"
        f'<meta property="og:title" content="{e(a.title)}">\n'
        f'<meta property="og:site_name" content="{e(a.outlet)}">\n'
        f'<meta property="og:url" content="{e(a.url)}">\n'
        f'<meta property="article:published_time" content="{a.published.isoformat()}">\n'
        f'</head>\n<body>\n<nav><a href="/">Ana sayfa</a> | <a href="/dunya">Dünya</a>'
        f"</nav>\n<article>\n    <h1>{e(a.title)}</h1>\n{paragraphs}\n</article>\n"
        "<footer>Tüm hakları saklıdır.</footer>\n</body>\n</html>\n"
    )


def write(out: Path, count: int, seed: int = 7, dir_size: int = 1000) -> dict[str, int]:
    """Write ``count`` articles under ``out`` as they are generated; return counts per format."""
    fmt_rng = random.Random(seed * 7919 + 1)
    counts = {"txt": 0, "json": 0, "jsonl": 0, "html": 0, "files": 0, "bytes": 0}
    batch: list[Article] = []

    def emit(path: Path, text: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        path.write_bytes(data)
        counts["files"] += 1
        counts["bytes"] += len(data)

    def flush() -> None:
        if batch:
            first = batch[0].number
            emit(
                out / f"{first // dir_size:04d}" / f"{first:06d}.jsonl",
                "".join(json.dumps(as_record(a), ensure_ascii=False) + "\n" for a in batch),
            )
            counts["jsonl"] += len(batch)
            batch.clear()

    for a in Generator(count, seed).articles():
        folder = out / f"{a.number // dir_size:04d}"
        if batch and (len(batch) == 4 or a.number // dir_size != batch[0].number // dir_size):
            flush()
        roll = fmt_rng.random()
        if batch or roll < 0.06:
            batch.append(a)
        elif roll < 0.14:
            emit(
                folder / f"{a.number:06d}.json",
                json.dumps(as_record(a), ensure_ascii=False, indent=1) + "\n",
            )
            counts["json"] += 1
        elif roll < 0.20:
            emit(folder / f"{a.number:06d}.html", as_html(a))
            counts["html"] += 1
        else:
            emit(folder / f"{a.number:06d}.txt", as_text(a))
            counts["txt"] += 1
    flush()
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="output folder (created)")
    parser.add_argument("--count", type=int, default=10_000, help="articles")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dir-size", type=int, default=1000, help="articles per sub-folder")
    args = parser.parse_args()
    counts = write(args.out, args.count, args.seed, args.dir_size)
    print(
        f"{args.count} articles in {counts['files']} files ({counts['bytes'] / 1e6:.1f} MB): "
        f"{counts['txt']} text, {counts['json']} JSON, {counts['jsonl']} in JSON Lines, "
        f"{counts['html']} HTML; under {args.out}"
    )


if __name__ == "__main__":
    main()
