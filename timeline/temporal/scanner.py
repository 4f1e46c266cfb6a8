"""Find the mentions of a text: one trigger scan, the master pattern at each trigger, context
checks, then interpretation of the named groups.

The checks refuse matches that only look like dates (a quantity ``2000 kişi``, a first name
``Kasım Cömert Tokayev``, a decimal ``yüzde 3.51``). They are named in ``temporal_rules.txt``
and read their words from the lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from .context import _word_tense
from .grammar import Grammar, Rule
from .mention import Mention

_TOKEN = re.compile(r"[^\W\d_]+|,")
_LETTERS = re.compile(r"[^\W\d_]+")
_DIGITS = re.compile(r"\d+")
_DAY_MONTH = re.compile(r"(\d+)\s+([^\W\d_]+)")  # a day and the word after it
_DECIMAL_AFTER = re.compile(r"[.,]\d")
_END_GROUPS = frozenset(("day2", "month2", "hour2", "minute2", "weekday2"))
_TWO_WORDS = re.compile(r"[^\S\n]*([\w%]+)(?:[^\S\n]+([\w%]+))?")
_PREV_WORD = re.compile(r"([\w%]+)[^\w\n]{0,3}$")
_NEXT_WORD = re.compile(r"[^\S\n]*[(\"“'‘]?([^\W_]+)")
OFFSET_LEAD_WORDS = 2  # words such as "en az" skipped before an offset
# a year followed by a slash and a short number: a docket or file number (2023/1, 2024/145)
_DOCKET_NUMBER = re.compile(r"/\d{1,3}(?!\d)")
# what opens a clock time in parentheses: "(" or "(Place/"
_AGENDA_OPEN = re.compile(r"\((?:[^\W\d_][^\W\d_ ]*/)?\Z")
_IN_PARENTHESES = re.compile(r"\(")
_BARE_YEAR_WINDOW = 50  # a year written without suffix or "yılı" must be this close to the DCT
_WORD_BEFORE = re.compile(r"(\S+)[^\S\n]+\Z")  # the word before a position, with its suffix
_WORD_WITH_CASE = re.compile(r"([^\W\d_]+(?:'[^\W\d_]+)?)")
_CASE_LETTERS = 5  # the most letters a case ending adds to a weekday (gününden is a word apart)
_NUMBER_TOKEN = re.compile(r"\d+|[^\W\d_]+")  # the numbers of "2.3.4", "ikinci ve üçüncü"
_SPELLED_YEARS = (1000, 2199)
_RANGE_MARKS = frozenset("-‐‑‒–—―−")  # a year after one closes a range (1500-2000 aralığında)
MAX_HOUR = 24  # a year written in words: the range the digit years {y} allow


class Scan:
    """The text being scanned, in original and folded form, with helpers for the checks."""

    def __init__(self, grammar: Grammar, text: str, folded: str, reference: date):
        self.grammar = grammar
        self.text = text
        self.folded = folded
        self.reference = reference
        self._title_lines: dict[int, bool] = {}

    def prev_word(self, pos: int) -> str:
        """The (folded) word before ``pos`` on its line, or ""."""
        m = _PREV_WORD.search(self.folded, max(0, pos - 40), pos)
        return m.group(1) if m else ""

    def next_word(self, pos: int, original: bool = False) -> str:
        """The word after ``pos`` (folded, or as written), or ""."""
        m = _NEXT_WORD.match(self.text if original else self.folded, pos)
        return m.group(1) if m else ""

    def is_in(self, name: str, word: str, prefix: bool = False) -> bool:
        """Whether ``word`` (folded) is in lexicon class ``name`` (or starts with one of its
        words when ``prefix``)."""
        lexicon = self.grammar.lexicon
        if lexicon.get(name, word) is not None:
            return True
        if prefix:
            key = lexicon.key(word)
            return any(key.startswith(w) for w in lexicon.words(name))
        return False

    def is_title_line(self, pos: int) -> bool:
        """A headline in Title Case or capitals (names cannot be told from dates there)."""
        start = self.text.rfind("\n", 0, pos) + 1
        if start not in self._title_lines:
            end = self.text.find("\n", pos)
            words = _LETTERS.findall(self.text, start, end if end >= 0 else len(self.text))
            upper = sum(1 for w in words if w[0].isupper())
            self._title_lines[start] = len(words) >= 4 and upper / len(words) >= 0.8
        return self._title_lines[start]

    def is_capitalised(self, pos: int) -> bool:
        """The word at ``pos`` is written with a capital and then small letters."""
        word = self.text[pos : pos + 2]
        return len(word) == 2 and word[0].isupper() and not word[1].isupper()


# ---------------------------------------------------------------------------------------------
# Checks: (scan, rule, match, fields) -> keep?

Check = Callable[[Scan, Rule, re.Match, dict], bool]


def _quantity_before(scan: Scan, rule: Rule, m: re.Match, f: dict) -> bool:
    # yüzde 12-15 Mart? no: "yüzde 5, 12 ve 14" is a list of percentages
    word = scan.prev_word(m.start())
    return not (word and scan.is_in("quantity_before", word))


def _is_quantity_after(scan: Scan, end: int) -> bool:
    word = scan.next_word(end)
    return bool(word) and scan.is_in("quantity", word)


def _year_context(scan: Scan, rule: Rule, m: re.Match, f: dict) -> bool:
    # 2000 kişi, yüzde 2025, 1500'den fazla: amounts; 1453 without a suffix: too far back
    if not _quantity_before(scan, rule, m, f):
        return False
    tail = scan.folded[m.start() + 4 : m.end()]
    timed = rule.group(m, "ynoun") or (tail[:1] == "'" and scan.is_in("year_case", tail[1:]))
    if not timed and _is_quantity_after(scan, m.end()):
        return False  # but 2023 yılında yüzde 60, 2024'te yüzde 30: a year, then an amount
    if scan.folded[m.start() - 1 : m.start()] in ("-", "/", ".", ",", "+") and m.start() > 0:
        return False
    if scan.folded[m.end() : m.end() + 1] == "=":
        return False  # (2003=100): the base year of an index
    if _DOCKET_NUMBER.match(scan.folded, m.end()):
        return False  # E: 2023/1, 2025/3 sayılı karar: a file number, not a year
    if tail.startswith("'") and scan.is_in("quantity_suffix", tail[1:], prefix=True):
        return False  # 1000'lik, 2000'lik: a count
    written = rule.group(m, "ynoun") or tail.startswith("'")
    return bool(written) or abs(f["year"] - scan.reference.year) <= _BARE_YEAR_WINDOW


def _month_context(scan: Scan, rule: Rule, m: re.Match, f: dict) -> bool:
    # Kasım Cömert Tokayev (a name), ekim vadeli (a month), tohum ekimi (not matched: suffix)
    if rule.group(m, "mnoun"):
        return True
    word = rule.group(m, "month")
    start = m.start()
    if _names_person(scan, m):
        return False
    _, ambiguous, _ = scan.grammar.months.get(scan.grammar.lexicon.key(word), (0, 0, ""))
    suffix = rule.group(m, "msuffix") or ""
    following = scan.next_word(m.end())
    if following and scan.is_in("name_follow", following, prefix=True):
        return False
    if suffix:
        return True
    if _IN_PARENTHESES.match(scan.text, start - 1) and scan.text[m.end() : m.end() + 1] == ")":
        return True  # Sanayi Üretimi (Ekim): the month a figure is for
    if scan.is_capitalised(start) and not scan.is_title_line(start):
        if scan.is_capitalised(m.end() + 1) and scan.text[m.end() : m.end() + 1] == " ":
            return False  # Kasım Cömert, Nisan Kaya
    if following and scan.is_in("month_follow", following):
        f["direction"] = scan.grammar.lexicon.get("month_follow", following)
        return True
    if not ambiguous:
        return True
    return _is_coordinated_month(scan, m)


def _names_person(scan: Scan, m: re.Match) -> bool:
    """``Haziran'ı aradı``, ``Eylül'e teşekkür etti``, ``Temmuz'un annesi``: a month name
    written with an apostrophe and the ending of an object before a verb done to a person, or
    of a genitive before a word of kin, is a person's name."""
    written = scan.folded[m.start() : m.end()]
    if "'" not in written:
        return False
    suffix, following = written.rpartition("'")[2], scan.next_word(m.end())
    if not following:
        return False
    if scan.is_in("genitive", suffix):  # Haziran'ın kardeşi, Temmuz'un annesi
        return scan.is_in("kin_noun", following, prefix=True)
    return scan.is_in("person_case", suffix) and scan.is_in("person_verb", following, prefix=True)


def _soft_month(scan: Scan, rule: Rule, m: re.Match, f: dict) -> bool:
    """``2024 Aralığında`` (December) but ``1500-2000 aralığında``, ``2020 ile 2025 aralığında``
    (in the range): a softened month stem is a month only written with a capital after a
    year that closes no range."""
    word = rule.group(m, "month") or ""
    if not scan.is_in("month_soft", word):
        return True
    start = m.start(f"r{rule.index}_month")
    if not scan.is_capitalised(start) or scan.is_title_line(start):
        return False
    before = scan.text[max(0, m.start() - 1) : m.start()]
    return before not in _RANGE_MARKS and not scan.is_in("coordinator", scan.prev_word(m.start()))


def _is_coordinated_month(scan: Scan, m: re.Match) -> bool:
    """``kasım ve aralık aylarında``, ``ocak, şubat``: a month next to another month."""
    lexicon = scan.grammar.lexicon
    after = _TOKEN.findall(scan.folded[m.end() : m.end() + 30])[:2]
    before = _TOKEN.findall(scan.folded[max(0, m.start() - 30) : m.start()])[-2:]
    for pair, near, joiner in ((after, 1, 0), (before, 0, 1)):
        if (
            len(pair) == 2
            and lexicon.get("month", pair[near])
            and (pair[joiner] == "," or lexicon.get("coordinator", pair[joiner]))
        ):
            return True
    return False


def _weekday_context(scan: Scan, rule: Rule, m: re.Match, f: dict) -> bool:
    # pazar payı (market), Cuma Ali (name), Çarşamba ilçesi (town): not weekdays
    if any(rule.group(m, name) for name in ("shift", "pod", "hour", "dayword")):
        return True
    word = rule.group(m, "weekday")
    weekday, ambiguous = scan.grammar.weekdays.get(scan.grammar.lexicon.key(word), (0, 0))
    whole = scan.folded[m.start() : m.end()]
    side = _weekday_pair_side(scan, m, whole, weekday)
    if side:
        f[side] = True  # Salı'dan Perşembe'ye, Cumartesi'den Pazar'a: days a date moved between
        return True
    if ambiguous >= 2:
        return False
    following = scan.next_word(m.end())
    if following and scan.is_in("name_follow", following, prefix=True):
        return False
    if following and scan.is_in("set_exception", following):
        return False  # Pazartesi hariç her gün: the day a schedule leaves out
    start = m.start(f"r{rule.index}_weekday")
    if scan.is_capitalised(start) and not scan.is_title_line(start):
        if "'" in whole and ambiguous and not _date_verb_follows(scan, following):
            return False  # Çarşamba'da: the town; but Cuma'ya ertelendi, Cuma'dan itibaren
        if scan.is_capitalised(m.end() + 1) and scan.text[m.end() : m.end() + 1] == " ":
            return False
    return True


def _weekday_pair_side(scan: Scan, m: re.Match, whole: str, weekday: int) -> str | None:
    """``moved_from`` for a weekday in the ablative right before another weekday
    (``Salı'dan Perşembe'ye``), ``moved_to`` for the weekday right after one, else None (also
    for the same name twice, ``pazardan pazara``: a market)."""
    ablatives = tuple(scan.grammar.lexicon.words("ablative_suffix"))
    following = scan.folded[m.end() : m.end() + 16].lstrip(" \t")
    if whole.endswith(ablatives) and _weekday_opening(scan, following) not in (0, weekday):
        return "moved_from"
    before = _WORD_BEFORE.search(scan.folded, max(0, m.start() - 24), m.start())
    if before and before.group(1).endswith(ablatives):
        if _weekday_opening(scan, before.group(1)) not in (0, weekday):
            return "moved_to"
    return None


def _weekday_opening(scan: Scan, text: str) -> int:
    """The weekday ``text`` opens with, followed by at most a case ending, else 0."""
    word = _WORD_WITH_CASE.match(text)
    if not word:
        return 0
    name = scan.grammar.lexicon.key(word.group(1))
    for day, (number, _) in scan.grammar.weekdays.items():
        if name.startswith(day) and len(name) - len(day) <= _CASE_LETTERS:
            return number
    return 0


def _date_verb_follows(scan: Scan, following: str) -> bool:
    """The next word makes the word before it a time: ``kadar``, ``itibaren`` (lexicon class
    ``since``) or a verb of moving a date (``ertelendi``, class ``retarget_verb``)."""
    if not following:
        return False
    return scan.is_in("since", following) or scan.is_in("retarget_verb", following, prefix=True)


def _not_a_place(scan: Scan, rule: Rule, m: re.Match, f: dict) -> bool:
    # 15 Temmuz Şehitler Meydanı, 19 Mayıs Stadyumu, 29 Ekim Caddesi: names of places
    if "year" in f or "'" in scan.folded[m.start() : m.end()]:
        return True
    after = scan.text[m.end() : m.end() + 80]
    for word in _LETTERS.findall(after)[:4]:
        if not word[0].isupper():
            return True
        if scan.is_in("place_noun", scan.grammar.fold(word), prefix=True):
            return False
    return True


def _clock_context(scan: Scan, rule: Rule, m: re.Match, f: dict) -> bool:
    # saat 10'da, saat 9 buçukta, saat 14.00: but not "24 saat" nor "saat 3 milyon"
    if "minute" in f or rule.group(m, "halfhour") or rule.group(m, "approx"):
        return True
    return bool(rule.group(m, "suffix"))


def _time_context(scan: Scan, rule: Rule, m: re.Match, f: dict) -> bool:
    # 14:30'da; not "skor 2:1", "1:50.000", "12.50 TL"; but "12.00 Avro Bölgesi" (a name)
    if not _quantity_before(scan, rule, m, f):
        return False
    if _is_quantity_after(scan, m.end()):
        word = scan.next_word(m.end(), original=True)
        if not (word[:1].isupper() and word[1:].islower()):
            return False
    return not _DECIMAL_AFTER.match(scan.folded, m.end())


def _colon_time(scan: Scan, rule: Rule, m: re.Match, f: dict) -> bool:
    # 20:22, 9:30'da; not a ratio "1:50"
    if not _time_context(scan, rule, m, f):
        return False
    return bool(rule.group(m, "suffix")) or scan.folded[m.start() + 1].isdigit()


def _dot_time(scan: Scan, rule: Rule, m: re.Match, f: dict) -> bool:
    # 14.30'da, "11.00 Türkiye, ağustos ayı bütçe dengesi": a time; yüzde 3.51: a number
    if not _time_context(scan, rule, m, f):
        return False
    if scan.folded[m.start() - 2 : m.start()].strip()[-1:].isdigit():
        return False
    if rule.group(m, "other"):
        return False  # 1.25'lik: a number with an adjective suffix
    if rule.group(m, "suffix") or rule.group(m, "approx"):
        return True  # 14.30'da, 03.00 sularında
    if f.get("minute", 0) % 5:
        return False
    rest = scan.text[m.end() : m.end() + 3]
    if not rest.strip() or rest[:1] in "-–\n":
        return True
    if rest[:1] == ")" and _AGENDA_OPEN.search(scan.text, max(0, m.start() - 40), m.start()):
        # (20.00), (Ankara/10.30): the time of an item of a programme or an agenda
        return not _is_quantity_after(scan, m.end() + 1)
    return rest[:1] == " " and rest[1:2].isupper()


def _numeric_day_month(scan: Scan, rule: Rule, m: re.Match, f: dict) -> bool:
    # 09.10 (9 October); not "yüzde 12.05", "1.09.10", a version number
    if not _time_context(scan, rule, m, f):
        return False
    before = scan.folded[m.start() - 1 : m.start()]
    return not (before.isdigit() or before in ".,/")


def _pod_adverb(scan: Scan, rule: Rule, m: re.Match, f: dict) -> bool:
    # "akşam düzenlenecek resepsiyon", "sabah başladı"; not "Sabah" (a name), "akşam yemeği"
    if not scan.text[m.start()].islower():
        return False
    following = _NEXT_WORD.match(scan.text, m.end())
    if following is None or not following.group(1)[:1].islower():
        return False
    return _word_tense(scan.grammar, following.group(1).lower()) in ("past", "present", "future")


def _event_relative(scan: Scan, rule: Rule, m: re.Match, f: dict) -> bool:
    # saldırıdan üç gün sonra, sınav tarihinden en az 7 gün önce: counted from an event, not
    # from now (kept, marked)
    pos = m.start()
    word = scan.prev_word(pos)
    for _ in range(OFFSET_LEAD_WORDS):
        if not (word and scan.is_in("offset_lead", word)):
            break
        pos = scan.folded.rfind(word, 0, pos)
        word = scan.prev_word(pos)
    if not word or scan.is_in("event_relative_keep", word):
        return True
    if any(word.endswith(ending) for ending in scan.grammar.lexicon.words("ablative_suffix")):
        f["after_ablative"] = True
    return True


def _ablative_anchor(scan: Scan, rule: Rule, m: re.Match, f: dict) -> bool:
    # kazadan önceki gün, seçimden önceki gece: counted from the event named before, unknown
    first = _LETTERS.match(scan.folded, m.start())
    if not first or not scan.is_in("ablative_anchor", first.group()):
        return True
    word = scan.prev_word(m.start())
    suffixes = scan.grammar.lexicon.words("ablative_suffix")
    return not (word and any(word.endswith(ending) for ending in suffixes))


def _year_range(scan: Scan, rule: Rule, m: re.Match, f: dict) -> bool:
    # 2025-2030, 2024-25; not a phone number piece or a backwards pair
    if not _quantity_before(scan, rule, m, f):
        return False
    start, end = f["year"], f.get("year2_raw")
    if end is None:
        return False
    if end < 100:  # 2024-25: the next years of the same century only
        if not start % 100 < end <= start % 100 + 5:
            return False
        end += start // 100 * 100
    if not start < end <= start + 100:
        return False
    f["year2"] = end
    return True


CHECKS: dict[str, Check] = {
    "quantity_before": _quantity_before,
    "year_context": _year_context,
    "month_context": _month_context,
    "soft_month": _soft_month,
    "weekday_context": _weekday_context,
    "clock_context": _clock_context,
    "not_a_place": _not_a_place,
    "time_context": _time_context,
    "colon_time": _colon_time,
    "dot_time": _dot_time,
    "numeric_day_month": _numeric_day_month,
    "event_relative": _event_relative,
    "pod_adverb": _pod_adverb,
    "year_range": _year_range,
    "ablative_anchor": _ablative_anchor,
}


# ---------------------------------------------------------------------------------------------
# Interpretation of named groups


def _interpret(scan: Scan, rule: Rule, m: re.Match) -> tuple[dict, dict, tuple[int, ...]] | None:
    """Read a match's named groups into start fields, end fields and list days."""
    g = scan.grammar
    lex = g.lexicon
    f: dict = {}
    e: dict = {}
    for name, raw in zip(rule.groups, rule.groups_of(m), strict=True):
        if raw is None:
            continue
        target, key = (e, name[:-1]) if name in _END_GROUPS else (f, name)
        if name == "year2":
            if len(raw) == 4:
                e["year"] = int(raw)
            f["year2_raw"] = int(raw)
            continue
        if key in ("day", "hour", "minute"):
            target[key] = int(raw)
        elif key == "year":
            target[key] = int(raw)
        elif key == "feast":
            target[key] = lex.get("feast", raw)
        elif key == "feast_day":
            numbers = (g.number(token) for token in _NUMBER_TOKEN.findall(raw))
            target[key] = tuple(int(n) for n in numbers if n is not None)
        elif key == "feast_eve":
            target[key] = True
        elif key == "hword":
            hour = g.number(raw)
            if hour is None or not 0 <= hour <= MAX_HOUR:
                return None
            target["hour"] = int(hour)
        elif key == "yword":
            year = g.number(raw)
            if year is None or not _SPELLED_YEARS[0] <= year <= _SPELLED_YEARS[1]:
                return None
            target["year"] = int(year)
        elif key == "month":
            soft = lex.get("month_soft", raw)  # a softened stem: 2024 Aralığında
            name = lex.key(raw.rstrip("."))
            target[key] = int(raw) if raw.isdigit() else int(soft) if soft else g.months[name][0]
        elif key in ("weekday", "weekday0"):
            target["weekday"] = g.weekdays[lex.key(raw)][0]
        elif key == "pod":
            target[key] = lex.get("pod", raw)
        elif key == "shift":
            target[key] = int(lex.get("shift", raw))
        elif key in ("deictic", "anchored"):
            # "D-1" (a day back), "D+1/MO" (the next morning)
            value, _, pod = lex.get(key, raw).partition("/")
            target[key] = (value[0], int(value[1:]))
            if pod:
                target["pod"] = pod
        elif key == "num":
            target[key] = g.number(raw)
        elif key == "unit":
            target[key] = g.units.get(lex.key(raw))
        elif key == "dir":
            target[key] = int(lex.get("direction", raw))
        elif key == "part":
            target["mod"] = lex.get("part", raw)
        elif key == "half":
            target[key] = int(lex.get("half", raw))
        elif key == "quarter":
            q = g.number(raw)
            target[key] = 4 if q == -1 else int(q or 0)
        elif key == "season":
            target[key] = lex.get("season", raw)
        elif key == "decade":
            target[key] = _decade(int(raw), scan.reference.year)
        elif key == "century":
            roman = lex.get("roman", raw.rstrip("."))
            target[key] = int(roman) if roman else _ordinal(g, raw)
        elif key in ("approx", "approx2"):
            target["approx"] = True
        elif key in ("edge", "months_edge"):
            target[key] = 1 if g.number(raw) == 1 else -1
        elif key == "halfhour":
            target["minute"] = 30
        elif key == "days":
            target[key] = raw
        elif key == "dmlist":
            pairs = ((int(d), lex.key(w)) for d, w in _DAY_MONTH.findall(raw))
            target[key] = tuple((d, g.months[w][0]) for d, w in pairs if w in g.months)
        elif key == "wdays":
            names = (lex.key(w) for w in _LETTERS.findall(raw))
            target[key] = tuple(g.weekdays[w][0] for w in names if w in g.weekdays)
        elif key == "mlist":
            found = (_month_number(g, lex.key(w)) for w in _LETTERS.findall(raw))
            target[key] = tuple(month for month in found if month)
        elif key == "months":
            target[key] = g.number(raw)
        elif key == "eve":
            target["pod"] = lex.get("pod", raw)
        elif key == "same":
            target[key] = g.units.get(lex.key(raw)) or "P"  # the same month (M) or period (P)
        elif key == "ylist":
            target[key] = tuple(int(y) for y in _DIGITS.findall(raw))
        elif key in ("today", "weekend", "business", "newyear"):
            target[key] = True
        elif key == "weekly":
            target["unit"] = "W"  # Pazartesi-Cuma, hafta içi: every week
    days = ()
    if "days" in f:
        days = tuple(int(d) for d in _DIGITS.findall(f.pop("days"))) + (f["day"],)
    if "unit" in rule.groups and "unit" in f and f["unit"] is None:
        return None
    return f, e, days


def _month_number(g: Grammar, word: str) -> int:
    """The month a word of a list names, with a case ending attached or not (``ekimde``), else
    0; the longest month name the word opens with wins."""
    if word in g.months:
        return g.months[word][0]
    names = [name for name in g.months if word.startswith(name)]
    if not names:
        return 0
    name = max(names, key=len)
    return g.months[name][0] if len(word) - len(name) <= _CASE_LETTERS else 0


def _decade(value: int, reference_year: int) -> int | None:
    # 1990'lı -> 199; 90'lı -> 199, 20'li (in 2025) -> 202; not 1000'lik, 2025'li
    if value >= 1000:
        recent = 1800 <= value <= reference_year + 50
        return value // 10 if value % 10 == 0 and recent else None
    candidates = [c for c in (1900 + value, 2000 + value) if c <= reference_year]
    return max(candidates) // 10 if candidates else (1900 + value) // 10


def _ordinal(g: Grammar, raw: str) -> int | None:
    # 20., 21'inci, yirminci
    digits = _DIGITS.match(raw)
    if digits:
        return int(digits.group())
    number = g.number(raw)
    return int(number) if number and number > 0 else None


# ---------------------------------------------------------------------------------------------
# The scan


def scan_mentions(
    grammar: Grammar, text: str, folded: str, spans: list[tuple[int, int]], reference: date
) -> list[Mention]:
    """Every mention of the spans of ``text``, in text order, non-overlapping."""
    scan = Scan(grammar, text, folded, reference)
    out: list[Mention] = []
    for span_start, span_end in spans:
        pos = span_start
        for trigger in grammar.trigger.finditer(folded, span_start, span_end):
            at = trigger.start()
            if at < pos:
                continue
            master = grammar.master_for(trigger.group())
            m = master.match(folded, at, span_end) if master else None
            if m is None:
                continue
            rule = grammar.rule_of(m)
            mention = _mention(scan, rule, m)
            if mention is None:
                continue
            out.append(mention)
            pos = mention.end
    return out


def _mention(scan: Scan, rule: Rule, m: re.Match) -> Mention | None:
    if rule.kind == "remove":
        return Mention(m.start(), m.end(), rule.name, rule.kind)
    interpreted = _interpret(scan, rule, m)
    if interpreted is None:
        return None
    fields, end_fields, days = interpreted
    for name in rule.checks:
        if not CHECKS[name](scan, rule, m, fields):
            return None
    fields.pop("year2_raw", None)
    if "year2" in fields:
        end_fields["year"] = fields.pop("year2")
    end = _trim(scan, rule, m, fields)
    start = m.start()
    while end > start and scan.text[end - 1] in " \t.,;:-'’":
        end -= 1
    if end <= start:
        return None
    mention = Mention(start, end, rule.name, rule.kind, fields, end_fields, days)
    since = _since(scan, end)
    if since:
        mention.since = True
        if since == "past":
            fields.setdefault("direction", "past")
        elif since == "until":
            fields["until"] = True
    no_day = "day" not in fields and "month" not in fields
    if no_day and scan.is_in("year_scope", scan.next_word(end), prefix=True):
        fields["scope"] = True  # "2030 yılında geçerli olacak tarife": the year of a thing
    return mention


def _trim(scan: Scan, rule: Rule, m: re.Match, fields: dict) -> int:
    """Drop a part of day that only describes the next noun (``cuma günü akşam seansında``)."""
    pod_at = m.start(f"r{rule.index}_pod") if "pod" in rule.groups else -1
    if pod_at < 0 or "hour" in fields:
        return m.end()
    following = scan.next_word(m.end())
    if following and scan.is_in("pod_block", following, prefix=True):
        fields.pop("pod", None)
        return pod_at
    return m.end()


def _since(scan: Scan, end: int) -> str | None:
    """``Şubat 2020'den bu yana`` (past), ``17 Eylül'e kadar`` (until): the value of the
    starting- or end-point word after a mention, if any."""
    m = _TWO_WORDS.match(scan.folded, end)
    if m is None:
        return None
    lexicon = scan.grammar.lexicon
    first, second = m.groups()
    if second:
        value = lexicon.get("since", f"{first} {second}")
        if value:
            return value
    return lexicon.get("since", first)
