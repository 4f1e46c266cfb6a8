"""Benchmark the Turkish temporal tagger against dateparser, side by side.

    .venv/bin/python bench/tagger.py [--articles 1000] [--seed 7] [--gold PATH]

It generates a corpus of news-like Turkish articles from the templates below (deterministic for
a seed), times ``timeline.temporal.tag`` and ``dateparser.search.search_dates(text,
languages=['tr'], settings={'RELATIVE_BASE': reference})`` on the same texts with the same
reference dates, and prints articles/s, MB/s and their ratio, the peak memory of tagging the
corpus (tracemalloc), and both tools' value-exact F1 on the dev corpus (dateparser's datetimes
read as days, its matched strings located in the text for offsets). Run by hand; not part of
the test suite. Needs the ``bench`` extra (dateparser).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import tracemalloc
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline import settings  # noqa: E402
from timeline.documents import read_documents  # noqa: E402
from timeline.evaluate import Counts, load_gold, score_timexes  # noqa: E402
from timeline.temporal import tag  # noqa: E402

# ../shared beside the checkout (or one level up, from a git worktree); TIMELINE_SHARED overrides.
_SHARED = next(
    (
        p
        for p in (
            [Path(settings.get("TIMELINE_SHARED"))] if settings.get("TIMELINE_SHARED") else []
        )
        + [ROOT.parent / "shared", ROOT.parent.parent / "shared"]
        if p.is_dir()
    ),
    ROOT.parent / "shared",
)
DEFAULT_GOLD = _SHARED / "corpus" / "dev" / "gold.json"
MONTHS = ("Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık").split()
WEEKDAYS = "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar".split()
CITIES = ["Ankara", "İstanbul", "İzmir", "Bursa", "Antalya", "Konya", "Astana", "Bakü", "Moskova"]
PEOPLE = ["Bakan Yılmaz", "Vali Demir", "Başkan Kaya", "Genel Müdür Aydın", "Sözcü Arslan"]
EVENTS = ["zirve", "toplantı", "festival", "fuar", "konferans", "sergi", "maç", "tören", "kongre"]
SUFFIX = {"da": "'da", "ta": "'ta", "de": "'de", "te": "'te"}
DATE_SHARE = 0.3  # share of sentences with a date: about the density of the dev corpus
# Sentences with a slot for a date expression ({date}) and other slots; the verbs carry tense.
TEMPLATES = [
    "{who}, {event} kapsamında {date} {city} kentinde görüşmeler yapacak.",
    "{city} {event} {date} düzenlenecek ve binlerce katılımcı bekleniyor.",
    "Kurum, {date} yaptığı açıklamada yeni tarifeyi duyurdu.",
    "{who}, {date} {city} ziyaretinde gazetecilerin sorularını yanıtladı.",
    "Açıklamaya göre {event} {date} başlayacak ve üç gün sürecek.",
    "Geçen yıl {event} {date} gerçekleştirilmişti.",
    "{who}, enflasyonun {date} yüzde 30'un altına düşeceğini söyledi.",
    "Başvurular {date} alınacak, sonuçlar ise internet sitesinden duyurulacak.",
    "Şirketin hisseleri {date} yüzde 2,4 değer kazandı.",
    "{who} ile yapılan görüşmede {date} yapılacak {event} ele alındı.",
    "Meclis genel kurulu {date} toplanarak bütçe görüşmelerine başlayacak.",
    "{city}'da {date} 7 bin 591 kişinin katılımıyla bir {event} yapıldı.",
    '{who}, "Bugün tarihi bir gün" dedi ve {event} için {date} tarih verdi.',
    "Merkez Bankası faiz kararını {date} açıklayacak.",
    "{event} ilk kez {date} {city} şehrinde düzenlenmişti.",
]
FILLER = [
    "Uzmanlar, ekonomideki belirsizliğin sürdüğünü ve dikkatli olunması gerektiğini belirtti.",
    "Toplam ticaret hacmi 28 milyar dolara ulaştı, ihracat ise 63 milyon tonu aştı.",
    "Yetkililer, su kaynakları ve altyapı yatırımlarının önemine dikkat çekti.",
    "Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev de toplantıya katıldı.",
    "Bölgedeki gelişmeler yakından takip ediliyor ve yeni adımlar değerlendiriliyor.",
    "Açıklamada, 2. Uluslararası Forum'un bölgesel işbirliğine katkı sağlayacağı ifade edildi.",
    "Dolar/TL 41,3365'ten işlem görürken Borsa İstanbul'da BIST 100 endeksi 10.372,04 puana çıktı.",
    "Vatandaşlar, hizmetlerin aksamadan sürmesini istediklerini söyledi.",
    "Maçı ev sahibi takım 2-1 kazandı ve puanını 24'e yükseltti.",
    "Ayrıntılı bilgi için 0 312 555 12 34 numaralı hat aranabilecek.",
    "Toplantıda ulaşım, eğitim ve sağlık alanlarındaki yatırımlar ayrıntılı olarak ele alındı.",
    "Belediye Başkanı, projenin kentin trafik sorununa kalıcı bir çözüm getireceğini söyledi.",
    "Sektör temsilcileri, maliyetlerin artmasıyla birlikte fiyatların da yükseldiğini belirtti.",
    "Açıklamada, vatandaşların resmi kaynaklardan yapılan duyuruları takip etmesi istendi.",
    "Ekonomistler, büyüme verilerinin beklentilerin biraz altında kaldığını değerlendirdi.",
    "Yetkililer, yaralıların hastanelerde tedavi altına alındığını ve durumlarının iyi olduğunu "
    "açıkladı.",
    "Bakanlık, yeni düzenlemenin üreticiler ve tüketiciler için önemli kolaylıklar sağlayacağını "
    "bildirdi.",
    "Kentte yaşayan yüzde 45'lik kesim, toplu taşıma hizmetlerinden memnun olduğunu ifade etti.",
    "Uzmanlar, iklim değişikliğinin tarım ürünlerinin verimini olumsuz etkilediğine dikkat çekti.",
    "Takımın teknik direktörü, oyuncuların performansından memnun olduğunu ve hedefin şampiyonluk "
    "olduğunu vurguladı.",
    "Şirketin ihracatı 1,2 milyar dolara ulaşırken çalışan sayısı 3 bin 400'ü aştı.",
    "İki ülke arasında imzalanan anlaşmanın ticaret hacmini artırması bekleniyor.",
]


def _date_phrase(rng: random.Random, ref: date) -> str:
    """One date expression in one of many styles around ``ref``."""
    d = ref + timedelta(days=rng.randint(-200, 200))
    month = MONTHS[d.month - 1]
    style = rng.randrange(16)
    if style == 0:
        return f"{d.day} {month}{rng.choice(list(SUFFIX.values()))}"
    if style == 1:
        return f"{d.day} {month} {d.year} tarihinde"
    if style == 2:
        return f"{d.day:02d}.{d.month:02d}.{d.year} tarihinde"
    if style == 3:
        return rng.choice(["bugün", "dün", "yarın", "dün sabah", "yarın akşam"])
    if style == 4:
        return rng.choice(
            ["geçen hafta", "bu hafta", "gelecek hafta", "önümüzdeki ay", "geçen yıl"]
        )
    if style == 5:
        return f"{WEEKDAYS[d.weekday()]} günü"
    if style == 6:
        return f"{d.day}-{d.day + 1 if d.day < 28 else d.day} {month} tarihlerinde"
    if style == 7:
        return f"{d.day} {month} saat {rng.randint(8, 22)}.{rng.choice(['00', '30'])}'da"
    if style == 8:
        return f"{month.lower()} ayında"
    if style == 9:
        return f"{d.year} yılında"
    if style == 10:
        return rng.choice(["yıl sonuna kadar", "bu yılın sonunda", "ay sonunda", "nisan başında"])
    if style == 11:
        return f"{rng.randint(2, 9)} yıl önce"
    if style == 12:
        return rng.choice(["ilk çeyrekte", "yaz aylarında", "2027'nin ilk yarısında"])
    if style == 13:
        return f"{d.year}-{d.month:02d}-{d.day:02d}"
    if style == 14:
        return f"{d.day}, {min(d.day + 3, 28)} ve {min(d.day + 5, 28)} {month} {d.year}"
    return rng.choice(["geçtiğimiz günlerde", "yakında", "her yıl"])


def generate(count: int, seed: int) -> list[tuple[str, date]]:
    """``count`` articles (text, publication date), the same for the same seed."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        ref = date(2022, 1, 1) + timedelta(days=rng.randrange(5 * 365))
        event = f"{rng.choice(EVENTS)} {_date_phrase(rng, ref)}"
        headline = f"{rng.choice(CITIES)}'da {event} yapılacak"
        lines = [headline, ""]
        for _ in range(rng.randint(3, 7)):
            sentences = []
            for _ in range(rng.randint(3, 7)):
                if rng.random() < DATE_SHARE:
                    sentences.append(
                        rng.choice(TEMPLATES).format(
                            who=rng.choice(PEOPLE),
                            event=rng.choice(EVENTS),
                            city=rng.choice(CITIES),
                            date=_date_phrase(rng, ref),
                        )
                    )
                else:
                    sentences.append(rng.choice(FILLER))
            lines.append(" ".join(sentences))
            lines.append("")
        out.append(("\n".join(lines), ref))
    return out


def density(corpus: list[tuple[str, date]]) -> float:
    """Expressions our tagger finds per 1,000 characters."""
    found = sum(len(tag(text, ref)) for text, ref in corpus)
    return found / (sum(len(text) for text, _ in corpus) / 1000)


def dev_corpus(gold_path: Path) -> list[tuple[str, date]]:
    """The dev articles (whole texts) with their publication dates."""
    out = []
    for entry in load_gold(gold_path)["documents"]:
        doc = read_documents(gold_path.parent / f"{entry['id']}.txt")[0]
        out.append((doc.text, doc.published.date()))
    return out


def time_ours(corpus: list[tuple[str, date]]) -> float:
    start = time.process_time()
    for text, ref in corpus:
        tag(text, ref)
    return time.process_time() - start


def time_dateparser(corpus: list[tuple[str, date]]) -> float:
    from dateparser.search import search_dates

    start = time.process_time()
    for text, ref in corpus:
        base = datetime.combine(ref, datetime.min.time())
        search_dates(text, languages=["tr"], settings={"RELATIVE_BASE": base})
    return time.process_time() - start


def grammar_memory() -> int:
    """Bytes allocated to read and compile the grammar (measured on a fresh build)."""
    from timeline.temporal.grammar import load_grammar

    load_grammar.cache_clear()
    tracemalloc.start()
    load_grammar("tr")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def time_both(corpus: list[tuple[str, date]]) -> tuple[float, float]:
    """CPU seconds of one pass of our tagger and one of dateparser over the whole corpus, each
    after a warm-up on its first articles. Process CPU time, not wall time: other work on a
    shared machine changes wall time by a factor of two or more, CPU time hardly. (Timing the
    two in alternating small chunks instead measures mostly cold CPU caches.)"""
    time_ours(corpus[:20])
    time_dateparser(corpus[:5])
    return time_ours(corpus), time_dateparser(corpus)


def peak_memory(corpus: list[tuple[str, date]]) -> int:
    tracemalloc.start()
    for text, ref in corpus:
        tag(text, ref)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def f1_on_gold(gold_path: Path) -> tuple[Counts, Counts]:
    """Value-exact counts on the dev corpus for our tagger and for dateparser."""
    from dateparser.search import search_dates

    gold = load_gold(gold_path)
    ours, theirs = Counts(), Counts()
    for entry in gold["documents"]:
        path = gold_path.parent / f"{entry['id']}.txt"
        doc = read_documents(path)[0]
        text = doc.text
        predicted = [t.to_json() for t in tag(text, doc.published, doc.body)]
        ours.add(score_timexes(text, predicted, entry.get("timexes", []))[0])
        base = datetime.combine(doc.published.date(), datetime.min.time())
        found = []
        for span_start, span_end in doc.body:
            pos = span_start
            for matched, value in (
                search_dates(
                    text[span_start:span_end], languages=["tr"], settings={"RELATIVE_BASE": base}
                )
                or []
            ):
                at = text.find(matched, pos, span_end)
                if at < 0:
                    at = text.find(matched, span_start, span_end)
                if at < 0:
                    continue
                pos = at + len(matched)
                found.append(
                    {
                        "start": at,
                        "end": at + len(matched),
                        "text": matched,
                        "type": "DATE",
                        "value": value.date().isoformat(),
                    }
                )
        theirs.add(score_timexes(text, found, entry.get("timexes", []))[0])
    return ours, theirs


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    args = parser.parse_args(argv)

    corpus = generate(args.articles, args.seed)
    size_mb = sum(len(text.encode("utf-8")) for text, _ in corpus) / 1e6
    ours, theirs = time_both(corpus)
    peak = peak_memory(corpus)
    n = len(corpus)
    print(
        f"corpus: {n} generated articles, {size_mb:.2f} MB (seed {args.seed}), "
        f"{density(corpus):.1f} expressions per 1,000 characters"
    )
    print(f"timeline.temporal.tag   {n / ours:9.0f} articles/s  {size_mb / ours:7.2f} MB/s")
    print(f"dateparser.search_dates {n / theirs:9.0f} articles/s  {size_mb / theirs:7.2f} MB/s")
    print(f"ratio                   {theirs / ours:9.1f}x")
    print(
        f"peak memory tagging the corpus: {peak / 1e6:.2f} MB (tracemalloc; the compiled "
        f"grammar, built once before, is {grammar_memory() / 1e6:.1f} MB)"
    )
    if args.gold.exists():
        dev = dev_corpus(args.gold) * 10
        dev_mb = sum(len(text.encode("utf-8")) for text, _ in dev) / 1e6
        mine_s, theirs_s = time_both(dev)
        print(
            f"dev corpus ({len(dev) // 10} real articles x 10, {density(dev):.1f} per 1,000 "
            f"characters): {len(dev) / mine_s:.0f} vs {len(dev) / theirs_s:.0f} articles/s, "
            f"{dev_mb / mine_s:.2f} vs {dev_mb / theirs_s:.2f} MB/s, "
            f"ratio {theirs_s / mine_s:.1f}x"
        )
        mine, other = f1_on_gold(args.gold)
        for name, c in (("timeline.temporal", mine), ("dateparser", other)):
            print(
                f"dev F1 {name:18} P {c.precision:.3f}  R {c.recall:.3f}  F1 {c.f1:.3f}  "
                f"({c.tp}/{c.predicted}/{c.gold})"
            )
    else:
        print(f"(no gold file at {args.gold}: F1 skipped)")


if __name__ == "__main__":
    main()
