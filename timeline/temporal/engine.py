"""A first, small Turkish tagger covering the sample articles' expressions.

To be replaced by the full rule engine (issue 3).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..lang import read_table
from ..model import Timex
from ..text import fold

_FUTURE = re.compile(r"\w*(?:ecek|acak|eceğ|acağ|ecekt|acakt)\w*|planlan\w*")
_PAST = re.compile(r"\w*(?:dı|di|du|dü|tı|ti|tu|tü|mış|miş|muş|müş)\b|\w*(?:dığ|diğ|duğ|düğ|tığ|tiğ|tuğ|tüğ)\w*")


@lru_cache(maxsize=None)
def _patterns(lang: str):
    months = {r["name"]: int(r["month"]) for r in read_table(lang, "months.tsv")}
    month_alt = "|".join(sorted(months, key=len, reverse=True))
    suffix = r"(?:['’][a-zçğıöşü]+)?"
    day_month = re.compile(
        rf"\b(?P<day>[0-3]?\d) (?P<month>{month_alt})(?: (?P<year>\d{{4}}))?{suffix}(?!\w)"
    )
    year = re.compile(rf"\b(?P<year>(?:19|20)\d\d)(?: yılı(?:nda|nın|na)?)?{suffix}(?!\w)")
    ago = re.compile(r"\b(?:bundan )?(?P<n>\d+) yıl önce\b")
    last_year = re.compile(r"\bgeçen yıl\w*")
    today = re.compile(r"\bbugün\w*")
    return months, [day_month, year, ago, last_year, today]


def _tense(sentence: str) -> str | None:
    if _FUTURE.search(sentence):
        return "future"
    if _PAST.search(sentence):
        return "past"
    return None


def tag_spans(text: str, ref: date, spans: list[tuple[int, int]], lang: str) -> list[Timex]:
    months, (day_month, year, ago, last_year, today) = _patterns(lang)
    folded = fold(text)
    found: list[Timex] = []
    for s, e in spans:
        taken: list[tuple[int, int]] = []

        def free(a: int, b: int) -> bool:
            return all(b <= x or a >= y for x, y in taken)

        chunk = folded[s:e]
        for m in day_month.finditer(chunk):
            a, b = s + m.start(), s + m.end()
            sent = _sentence(folded, a)
            tense = _tense(folded[a:sent])
            y = int(m["year"]) if m["year"] else ref.year
            d = date(y, months[m["month"]], int(m["day"]))
            if not m["year"] and tense == "future" and d < ref:
                d = d.replace(year=y + 1)
            found.append(_t(text, a, b, d.isoformat(), "day", d, d, tense, "day-month"))
            taken.append((a, b))
        for pat, kind in ((ago, "ago"), (last_year, "last"), (year, "year"), (today, "today")):
            for m in pat.finditer(chunk):
                a, b = s + m.start(), s + m.end()
                if not free(a, b):
                    continue
                if kind == "ago":
                    y = ref.year - int(m["n"])
                elif kind == "last":
                    y = ref.year - 1
                elif kind == "year":
                    y = int(m["year"])
                else:
                    found.append(_t(text, a, b, ref.isoformat(), "day", ref, ref, None, kind))
                    taken.append((a, b))
                    continue
                first, last = date(y, 1, 1), date(y, 12, 31)
                found.append(_t(text, a, b, str(y), "year", first, last, None, kind))
                taken.append((a, b))
    found.sort(key=lambda t: t.start)
    return found


def _sentence(folded: str, pos: int) -> int:
    m = re.compile(r"[.!?\n]").search(folded, pos)
    return m.start() if m else len(folded)


def _t(text, a, b, value, gran, first, last, tense, rule) -> Timex:
    return Timex(a, b, text[a:b], "DATE", value, None, gran, first, last, None, (), tense, rule)
