"""Triggers: the words that name a happening, the event's own name, and its status.

A trigger is a stem from ``event_triggers.tsv`` found at the start of a word (``zirvesinin``),
in a word form its table allows (a noun trigger takes only nominal endings: ``sergisi``, not
``sergiledi``) and not in a reading ``event_blockers.tsv`` rules out (``ayın zirvesine`` is a
peak, ``ABD Kongresi`` an institution). Acronyms an article defines with an event name
(``DGS (Dikey Geçiş Sınavı)``) are triggers of that document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..literals import holds_one, required_pieces
from ..model import Timex
from ..patterncache import compile_late
from ..text import APOSTROPHES, fold, search_key
from .acronym_owner import owns_other
from .cues import Cues, first_cue
from .lexicon import Lexicon, Trigger
from .morphology import morphology
from .name_owner import own_numbered_name, own_place_name
from .quoted import quoted_name
from .senses import common_opponent, in_venue_name, other_compound
from .tokens import Sentence, Token

WINDOW = 200  # characters after a trigger in which its verb is looked for


@dataclass(slots=True)
class TriggerMatch:
    trigger: Trigger
    start: int
    end: int
    token: Token  # the last token of the trigger
    first: Token  # its first token
    name: str | None = None  # the event's own name ("2. Orta Asya-Rusya Zirvesi")
    name_start: int = 0
    long_name: str | None = None  # the long form of a defined acronym
    context_ref: bool = False  # "ziyaret kapsamında": the frame of other events
    timexes: list[Timex] = field(default_factory=list)

    @property
    def opening(self) -> int:
        return self.name_start if self.name else self.start


@dataclass(frozen=True, slots=True)
class Acronym:
    """``DGS (Dikey Geçiş Sınavı)``: an acronym the article defines as an event's name."""

    short: str
    long: str
    trigger: Trigger


def define_acronyms(text: str, sents: list[Sentence], lex: Lexicon) -> dict[str, Acronym]:
    """Acronyms defined next to an event name in parentheses, in either order:
    ``MSÜ (Millî Savunma Üniversitesi Sınavı)``, ``Dikey Geçiş Sınavı (DGS)``."""
    out: dict[str, Acronym] = {}
    for s in sents:
        for m in acronym_matches(text, s.start, s.end, lex.forms["capital"]):
            short = m["short"] or m["short2"]
            long = (m["long"] or m["long2"]).strip()
            if m["long2"]:
                # Keep only the capitalised words just before the parenthesis.
                words = long.split()
                kept: list[str] = []
                for w in reversed(words):
                    if not w[:1].isupper():
                        break
                    kept.insert(0, w)
                long = " ".join(kept)
            long = re.split(r"\s+[-–]\s+", long)[0].strip()
            if not long:
                continue
            folded = fold(long)
            hit = None
            for tm in lex.trigger_re.finditer(folded):
                hit = lex.triggers[re.sub(r"\s+", " ", tm.group("stem"))]
            if hit is not None and hit.form == "noun":
                out.setdefault(short, Acronym(short, long, hit))
    return out


def acronym_pattern(cap: str) -> re.Pattern:
    """An acronym (``cap`` letters) and its long form in parentheses, in either order."""
    return compile_late(
        rf"(?P<short>\b{cap}{{2,6}}\b)\s*\((?P<long>[^()]{{3,120}})\)"
        rf"|(?P<long2>[^()\n]{{3,120}}?)\s*\((?P<short2>{cap}{{2,6}})\)"
    )


def acronym_matches(text: str, a: int, b: int, cap: str) -> Iterator[re.Match]:
    """``acronym_pattern(cap).finditer(text, a, b)``, tried only near a parenthesis that can
    hold or follow an acronym. A match holds the first ``(`` after its start and begins at
    most 120 characters and a run of blanks before it, with an acronym inside it, or an
    acronym (its last letter a capital) and blanks right before it; the positions no match
    can start from are skipped instead of trying the lazy long form at every character."""
    pattern = acronym_pattern(cap)
    closing = compile_late(rf"\({cap}{{2,6}}\)")
    capital = compile_late(cap)
    pos = a
    while (q := text.find("(", pos, b)) >= 0:
        j = q
        while j > pos and text[j - 1].isspace():
            j -= 1
        starts = []
        if closing.match(text, q, b):
            starts.append(j - 120)  # the long form before the acronym in parentheses
        if j > pos and capital.match(text, j - 1):
            starts.append(j - 6)  # the acronym before the long form in parentheses
        if not starts:
            pos = q + 1
            continue
        m = pattern.search(text, max(pos, min(starts)), b)
        if m is None:
            return
        yield m
        pos = m.end()


def _blocked(
    tokens: list[Token], idx_first: int, idx_last: int, trigger: Trigger, lex: Lexicon
) -> bool:
    """Whether the words around a trigger rule out its event reading: the blockers of its stem
    (``event_blockers.tsv``), a match verb met with a common noun, a compound of another
    sense (:mod:`.senses`)."""
    stem = trigger.stem
    if (
        trigger.type == "match"
        and trigger.form == "verb"
        and common_opponent(tokens, idx_first, lex)
    ):
        return True
    if other_compound(tokens, idx_first, idx_last, stem, lex):
        return True
    before = lex.blockers.get((stem, "before"), ())
    after = lex.blockers.get((stem, "after"), ())
    if not _kind_before(tokens, idx_first, stem, lex):
        after += lex.blockers.get((stem, "after_bare"), ())
    if before and idx_first > 0:
        prev = tokens[idx_first - 1]
        if (
            "@country" in before
            and (p := lex.place(prev.stem))
            and p.kind == "country"
            and not prev.suffix
        ):
            return True
        if any(prev.folded.startswith(w) for w in before if w != "@country"):
            return True
    if after and idx_last + 1 < len(tokens):
        nxt = tokens[idx_last + 1]
        if any(nxt.folded.startswith(w) for w in after):
            return True
    return False


def _kind_before(tokens: list[Token], idx_first: int, stem: str, lex: Lexicon) -> bool:
    """Whether the word right before a trigger is one of its ``modifier`` kinds
    (``genel seçim``, ``Cumhurbaşkanlığı seçimi``), which lifts its ``after_bare`` blockers."""
    kinds = lex.blockers.get((stem, "modifier"), ())
    return (
        idx_first > 0 and not tokens[idx_first - 1].suffix and tokens[idx_first - 1].folded in kinds
    )


def find_triggers(
    text: str,
    folded: str,
    tokens: list[Token],
    sent: Sentence,
    lex: Lexicon,
    blocked: list[tuple[int, int]],
    acronyms: dict[str, Acronym],
    proper: frozenset[str],
) -> list[TriggerMatch]:
    """Triggers of one sentence; ``blocked`` spans (dates) never join a name."""
    found: list[TriggerMatch] = []
    matches = list(lex.trigger_re.finditer(folded, sent.start, sent.end))
    index = {id(t): i for i, t in enumerate(tokens)} if matches else {}
    free: list[Token] | None = None  # the tokens outside the dates
    for m in matches:
        stem = re.sub(r"\s+", " ", m.group("stem"))
        trigger = lex.triggers[stem]
        last = next((t for t in tokens if t.start <= m.end() - 1 < t.end), None)
        first = next((t for t in tokens if t.start <= m.start() < t.end), None)
        if last is None or first is None or first.start != m.start():
            continue
        if last.folded in lex.phrases("not_trigger"):
            continue
        if last.folded.startswith(tuple(lex.phrases("not_trigger_prefix"))):
            continue  # "karşılaştırıldığında": another verb that begins like the trigger
        if trigger.form == "noun":
            rest = fold(last.stem)[m.end("stem") - last.start :]
            if m.end("stem") > last.start + len(last.stem) or not lex.noun_ending.fullmatch(rest):
                continue
        if _blocked(tokens, index[id(first)], index[id(last)], trigger, lex):
            continue
        if in_venue_name(tokens, index[id(last)], lex):
            continue  # "Haliç Kongre Merkezi'nde", "festival alanında": a place
        tm = TriggerMatch(trigger, m.start(), last.end, last, first)
        if free is None:  # the same for every trigger of the sentence: found once
            free = [t for t in tokens if not any(x <= t.start < y for x, y in blocked)]
        _find_name(text, free, tm, sent, lex, proper)
        own_numbered_name(text, free, tm, lex)  # "… Partisi'nin 9. Olağan Kongresi"
        own_place_name(text, free, tm, sent.start, lex)  # "Defne Aksoy'un İzmir konseri"
        quoted_name(text, tm, sent)  # "‘Kuzey Rüzgârı’ konferansı": its closing quote too
        if tm.name is None:
            _name_by_apposition(tokens, tm, index, lex)
        found.append(tm)
    # Holidays named without a trigger word: "Öğretmenler Günü", "Nevruz".
    holiday = lex.holiday_trigger
    for m in lex.holiday_re.finditer(folded, sent.start, sent.end):
        if holiday is None or any(
            tm.opening <= m.start() < tm.end or m.start() <= tm.opening < m.end() for tm in found
        ):
            continue
        first = next((t for t in tokens if t.start == m.start()), None)
        last = next((t for t in tokens if t.start < m.end() <= t.end), None)
        if first is None or last is None:
            continue
        name = " ".join(
            t.stem if t is last else t.raw for t in tokens if first.start <= t.start <= last.start
        )
        found.append(TriggerMatch(holiday, first.start, last.end, last, first, name, first.start))
    found.extend(_named_days(text, tokens, sent, lex, blocked, found, holiday))
    for k, tok in enumerate(tokens if acronyms else ()):
        acronym = acronyms.get(tok.stem)
        if acronym is None or any(tm.start <= tok.start < tm.end for tm in found):
            continue
        if owns_other(tokens, k, text, lex):
            continue  # "YSK Başkanı", "YSK'nın kararı": the body, not its event
        found.append(
            TriggerMatch(
                acronym.trigger, tok.start, tok.end, tok, tok, tok.stem, tok.start, acronym.long
            )
        )
    found.sort(key=lambda tm: tm.start)
    # A trigger inside another's name is part of that name.
    found = [
        t
        for t in found
        if not any(o is not t and o.name and o.name_start <= t.start < o.start for o in found)
    ]
    nxt_words = {id(tm): _next_words(tokens, tm, 2) for tm in found}
    for tm in found:
        tm.context_ref = any(w in lex.phrases("context") for w in nxt_words[id(tm)][:1])
    return _drop_appositions(found, tokens, lex)


def _named_days(
    text: str,
    tokens: list[Token],
    sent: Sentence,
    lex: Lexicon,
    blocked: list[tuple[int, int]],
    found: list[TriggerMatch],
    holiday: Trigger | None,
) -> list[TriggerMatch]:
    """``Dünya Kadınlar Günü``, ``Yeşilırmak Direniş ve Bütünleşme Günü``: capitalised words
    ending in a capitalised day word name a day that is celebrated (not a weekday or a date,
    not inside another trigger, not in a heading in capitals)."""
    if holiday is None or sent.title_case:
        return []
    out: list[TriggerMatch] = []
    piece = text[sent.start : sent.end]
    if not holds_one(piece, required_pieces(lex.named_day_re)):
        return out  # none of the words every such name holds (``Günü``…): no search
    for m in lex.named_day_re.finditer(piece):
        a, b = sent.start + m.start(), sent.start + m.end()
        if any(x < b and a < y for x, y in blocked) or any(
            tm.opening < b and a < tm.end for tm in found
        ):
            continue
        first = next((t for t in tokens if t.start == a), None)
        last = next((t for t in tokens if t.start < b <= t.end), None)
        if first is None or last is None or last.in_run:
            continue
        name = text[a : last.start] + last.stem
        out.append(TriggerMatch(holiday, a, last.end, last, first, name, a))
    return out


def _name_by_apposition(
    tokens: list[Token], tm: TriggerMatch, index: dict[int, int], lex: Lexicon
) -> None:
    """``Üniversite sınavı YKS``: an acronym right after a common trigger names it."""
    k = index[id(tm.token)] + 1
    if k >= len(tokens) or tm.token.suffix or tm.token.shouting:
        return
    nxt = tokens[k]
    if nxt.in_run or (k + 1 < len(tokens) and tokens[k + 1].shouting):
        return
    letters = [c for c in nxt.stem if c.isalpha()]
    if (
        2 <= len(letters) <= 6
        and nxt.shouting
        and not lex.place(nxt.stem)
        and not lex.organisation(nxt.stem)
        and nxt.folded not in lex.phrases("turkish_time")  # "Toplantı TSİ 14.00'te"
    ):
        tm.name = nxt.stem
        tm.name_start = tm.start


def _next_words(tokens: list[Token], tm: TriggerMatch, n: int) -> list[str]:
    after = [t for t in tokens if t.start >= tm.end][:n]
    return [t.folded for t in after]


def _drop_appositions(
    found: list[TriggerMatch], tokens: list[Token], lex: Lexicon
) -> list[TriggerMatch]:
    """``ilk merkezi sınavı olan MSÜ``, ``giriş sınavı YKS``: the common noun is another name
    of the named event that follows it."""
    out = []
    for i, tm in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is not None and nxt.name and not tm.name:
            between = [t for t in tokens if tm.end <= t.start < nxt.start]
            if all(t.folded in lex.phrases("apposition") for t in between) and len(between) <= 1:
                continue
        out.append(tm)
    return out


def _ordinal_words(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """How many tokens ending at ``tokens[j-1]`` spell an ordinal (``Dördüncü``, ``On Birinci``)."""
    for n in (2, 1):
        if j - n >= 0 and " ".join(t.folded for t in tokens[j - n : j]) in lex.ordinals:
            return n
    return 0


def _stage_words(tokens: list[Token], idx: int, lex: Lexicon) -> int:
    """How many lower-case tokens right before ``tokens[idx]`` name a stage of a competition
    (``çeyrek final``, ``son 16 turu``) that follows a capitalised name: they belong to the
    event's name (``Türkiye Kupası çeyrek final kura çekimi``)."""
    for n in (3, 2, 1):
        words = tokens[idx - n : idx] if idx - n > 0 else []
        if (
            words
            and " ".join(t.folded for t in words) in lex.phrases("stage")
            and not any(t.suffix for t in words)
            and tokens[idx - n - 1].is_capital
            and not tokens[idx - n - 1].suffix
        ):
            return n
    return 0


def _find_name(
    text: str,
    tokens: list[Token],
    tm: TriggerMatch,
    sent: Sentence,
    lex: Lexicon,
    proper: frozenset[str],
) -> None:
    """The event's own name, when the text gives one:

    * ``2. Orta Asya-Rusya Zirvesi'nin`` -> ``2. Orta Asya-Rusya Zirvesi`` (capitalised words,
      and an ordinal that opens them, ending in a capitalised trigger word);
    * ``… İş Birliği Konseyi'nin Dördüncü Toplantısı`` -> ``… İş Birliği Konseyi 4.
      Toplantısı`` (a capitalised genitive inside the name);
    * ``Şanghay İşbirliği Örgütü zirvesi`` (a proper name before a lower-case head noun; the
      head is written in its title form; one capitalised word that only opens the sentence
      counts when the document knows it as a name).
    """
    if tm.first not in tokens or tm.token not in tokens:
        return
    idx = tokens.index(tm.first)
    head = tm.token
    if sent.title_case or head.in_run:
        return  # capitals carry no information here
    head_cap = head.is_capital and tm.first.is_capital
    stage = 0 if head_cap else _stage_words(tokens, idx, lex)
    idx -= stage  # "Türkiye Kupası çeyrek final kura çekimi": the name is before the stage
    j = idx
    genitive_used = False
    while j > 0 and idx - j < 10:
        prev = tokens[j - 1]
        gap = text[prev.end : tokens[j].start]
        if gap.strip() and gap.strip() not in ("-", "–"):
            break
        if prev.is_ordinal:
            j -= 1
            break
        if prev.suffix:
            # "Konseyi'nin Dördüncü Toplantısı": a genitive linking two parts of one name.
            if (
                head_cap
                and not genitive_used
                and prev.is_capital
                and prev.suffix in lex.phrases("genitive_person")
                and _ordinal_words(tokens, idx, lex) == idx - j
            ):
                genitive_used = True
                j -= 1
                continue
            break
        if (
            prev.folded in lex.phrases("and")
            and j - 2 >= 0
            and tokens[j - 2].is_capital
            and not tokens[j - 2].suffix
            and tokens[j].is_capital
        ):
            # "Devlet ve Hükümet Başkanları Zirvesi", "Gıda ve Tarım Komitesi toplantısı"
            j -= 1
            continue
        if not prev.is_capital or prev.in_run or prev.folded in lex.phrases("section_label"):
            break  # "Haberler Trump İngiltere ziyareti": a site's section label opens the line
        if _possessed_in_case(prev, lex):
            break  # "Yeşilkent Belediyesinde toplantı": where it is held, not its name
        j -= 1
    if genitive_used and not tokens[j].is_capital and not tokens[j].is_ordinal:
        return
    parts = _name_parts(tokens[j:idx], lex)
    if head_cap:
        tail = [] if _inflected_head(tm, lex) else _name_tail(text, tokens, tokens.index(head), lex)
        tm.name = " ".join([*parts, *_trigger_words(tm, tokens, bool(tail)), *tail])
        tm.name_start = tokens[j].start if j < idx else tm.start
        if tm.name == tm.token.stem and j == idx:
            tm.name = None  # a lone capitalised trigger ("Zirve") is not a name
        return
    opens_sentence = j < idx and not text[sent.start : tokens[j].start].strip(" \"“'‘(")
    # "Galatasaray-Fenerbahçe derbisi": capitals joined by a hyphen are a name, not a word
    # that is capitalised only because it opens the sentence.
    known = j < idx and all(
        search_key(t.stem) in proper
        or lex.place(t.stem)
        or lex.organisation(t.stem)
        or _joined_capitals(t.stem)
        for t in tokens[j:idx]
    )
    if all(t.is_ordinal for t in tokens[j:idx]):
        return  # "572. yıl dönümü": an ordinal alone does not name an event
    if j < idx and _invited_to(head, tm.trigger, tokens, lex):
        return  # "Bursalılar mitinge davet edildi": those invited, not the rally's name
    if tm.trigger.form == "verb" and j > 0 and tokens[j - 1].folded in lex.phrases("link"):
        return  # "Dağspor ile Ovaspor karşılaşacak": two participants, not a name
    if tm.trigger.type == "visit" and j < idx and _possessed_accusative(tokens[idx - 1], lex):
        return  # "Ankara Valiliği ve Belediye Başkanlığını ziyaret etti": what is visited
    if idx - j >= 2 or (idx - j == 1 and (not opens_sentence or known)):
        head_noun = tm.trigger.noun.split()[-1]
        noun = head_noun if len(tm.trigger.stem.split()) == 1 else tm.trigger.noun
        if tm.trigger.form == "verb" and parts:
            # "Lozan Barış Antlaşması imzalandı" -> "Lozan Barış Antlaşması'nın imzalanması"
            parts[-1] = lex.attach(parts[-1], "genitive")
        stages = [t.raw for t in tokens[idx : idx + stage]]
        tm.name = " ".join([*parts, *stages, noun])
        tm.name_start = tokens[j].start


def _possessed_head(head: Token, trigger: Trigger, lex: Lexicon) -> bool:
    """Whether a lower-case noun trigger carries the possessive a compound's head needs
    (``mitingi``, ``zirvesinde``, ``toplantıları``); a bare head (``mitinge``, ``zirvede``)
    is no compound, so the capitalised words before it are another phrase (a subject, an
    object), not its name. True when the lexicon gives the trigger no possessed form."""
    if trigger.form != "noun":
        return True
    noun, lemma = fold(trigger.noun.split()[-1]), fold(trigger.lemma.split()[-1])
    if noun == lemma or head.folded.startswith(noun) or not head.folded.startswith(lemma):
        return True  # possessed, or a form the lexicon's lemma does not show
    return head.folded[len(lemma) :].startswith(morphology(lex.lang).possessive_endings)


def _invited_to(head: Token, trigger: Trigger, tokens: list[Token], lex: Lexicon) -> bool:
    """Whether a bare trigger is what someone is invited to (``Bursalılar mitinge davet
    edildi``, ``tüm Bursalıları mitinge çağırdı``): the words before it are those invited,
    who neither name nor own the event (a name's head is possessed: ``Bursa mitingine``)."""
    k = tokens.index(head) + 1
    if k >= len(tokens) or _possessed_head(head, trigger, lex):
        return False
    return tokens[k].folded.startswith(tuple(lex.phrases("invitation")))


def _possessed_accusative(tok: Token, lex: Lexicon) -> bool:
    """Whether a word is a possessed noun in the accusative (``Başkanlığını``): the object of
    a verb, not part of a name."""
    return not tok.suffix and tok.folded.endswith(tuple(lex.phrases("possessed_accusative")))


def _inflected_head(tm: TriggerMatch, lex: Lexicon) -> bool:
    """Whether a capitalised trigger word carries a case ending written without an apostrophe
    (``Açılışa Tesla yöneticileri katılacak``): a common noun opening its sentence, whose
    capitalised neighbours continue no name."""
    stem = fold(tm.trigger.lemma)
    rest = tm.token.folded[len(stem) :] if tm.token.folded.startswith(stem) else ""
    cases = ("dative", "locative", "ablative", "accusative", "comitative")
    return not tm.token.suffix and bool(rest) and rest in lex.case_endings(*cases)


def _possessed_in_case(tok: Token, lex: Lexicon) -> bool:
    """Whether a word is a possessed noun in the locative or ablative written without an
    apostrophe (``Belediyesinde``, ``Bakanlığındaki``): a place, no word of a name."""
    endings = tuple(lex.phrases("possessed_case"))
    return not tok.suffix and any(
        tok.folded.endswith(e) and len(tok.folded) > len(e) + 2 for e in endings
    )


def _joined_capitals(word: str) -> bool:
    parts = word.split("-")
    return len(parts) >= 2 and all(p[:1].isupper() and p[1:].isalpha() for p in parts)


def _trigger_words(tm: TriggerMatch, tokens: list[Token], inside: bool = False) -> list[str]:
    words = [t.raw for t in tokens if tm.first.start <= t.start < tm.token.start]
    return [*words, tm.token.raw if inside else tm.token.stem]


def _name_tail(text: str, tokens: list[Token], k: int, lex: Lexicon) -> list[str]:
    """Capitalised words that continue a name after its trigger word: ``Nevruz Günü Anma
    Programı``. The trigger then only gives the event's kind. Words ending in a venue's noun
    (``venues.tsv``) are where it is held, not its name."""
    head = tokens[k]
    if head.suffix:
        return []
    tail: list[str] = []
    for tok in tokens[k + 1 : k + 4]:
        gap = text[(tokens[k + len(tail)]).end : tok.start]
        if gap.strip() or not tok.is_capital or tok.in_run or lex.place(tok.stem):
            break
        if (
            lex.trigger_re.match(tok.folded)
            or _opens_title(tokens, tokens.index(tok), lex)
            or tok.folded in lex.phrases("not_name")
        ):
            break
        tail.append(tok.stem)
        if tok.suffix:
            break
    run = [t for t in tokens[k + 1 : k + 6] if t.is_capital][: len(tail) + 2]
    venue = any(lex.venues.get(fold(t.stem)) == "venue" for t in run)
    return [] if venue else tail  # "Maç Atatürk Olimpiyat Stadı'nda": where, not its name


def _opens_title(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether a person's title of one to three words starts at ``tokens[i]`` (``Vali``,
    ``Belediye Başkanı``): it introduces a person, it continues no event's name."""
    return any(" ".join(t.folded for t in tokens[i : i + n]) in lex.titles for n in range(1, 4))


def _name_parts(tokens: list[Token], lex: Lexicon) -> list[str]:
    """The words of a name before its head: genitives dropped, ordinal words as digits."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        n = 0
        for size in (2, 1):
            words = " ".join(t.folded for t in tokens[i : i + size])
            if i + size <= len(tokens) and words in lex.ordinals:
                n = size
                out.append(f"{lex.ordinals[words]}.")
                break
        if n:
            i += n
            continue
        tok = tokens[i]
        if tok.is_ordinal:
            out.append(tok.ordinal_text)
        else:
            out.append(tok.stem if tok.suffix else tok.raw)
        i += 1
    return out


# ---------------------------------------------------------------------------------------------
# Status


_APOSTROPHES = frozenset(APOSTROPHES)


def _first_cue(
    folded: str, a: int, b: int, patterns, ignore=frozenset(), not_starts: tuple[str, ...] = ()
) -> tuple[int, str] | None:
    """The cue nearest ``a`` in ``folded[a:b]`` (the earlier pattern wins at one place); a
    word before an apostrophe is a name, not a verb (``Anıtı'nda`` is no past tense); words
    in ``ignore`` or beginning with one of ``not_starts`` are no cue."""
    if isinstance(patterns, Cues):  # one pass over the text for all the patterns
        found = first_cue(folded, a, b, patterns, ignore, not_starts)
        if found is not False:
            return found
    best = None
    for pattern, status in patterns:
        for m in pattern.finditer(folded, a, b):
            if m.group() in ignore or folded[m.end() : m.end() + 1] in _APOSTROPHES:
                continue
            if m.group().startswith(not_starts):
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), status)
            break
    return best


def change_cue(folded: str, sent: Sentence, lex: Lexicon) -> str | None:
    """``cancelled`` or ``postponed`` when the sentence says so; someone's refusal to take part
    (``katılmayacağını``: ``not_change`` in ``event_words.tsv``) cancels nothing."""
    not_change = tuple(lex.phrases("not_change"))
    cue = _first_cue(folded, sent.start, sent.end, lex.status["sentence"], not_starts=not_change)
    return cue[1] if cue else None


def moved_to_own_date(
    folded: str, tm: TriggerMatch, tokens: list[Token], sent: Sentence, lex: Lexicon
) -> bool:
    """``ertelenen maçın 8 Kasım'da oynanmasına karar verdi``: the only change cue is a
    participle right before the trigger (what became of it earlier) and its own dates all
    follow it: they are the new slot, whose status its own verb gives."""
    before = [t for t in tokens if t.end <= tm.opening][-2:]
    if not before or not tm.timexes or any(t.start < tm.end for t in tm.timexes):
        return False
    changes = lex.status["sentence"]
    here = _first_cue(folded, before[0].start, tm.opening, changes)
    return (
        here is not None
        and here[1] == "postponed"
        and _first_cue(folded, sent.start, before[0].start, changes) is None
        and _first_cue(folded, tm.end, sent.end, changes) is None
    )


def read_status(
    folded: str, tm: TriggerMatch, tokens: list[Token], sent: Sentence, lex: Lexicon
) -> str | None:
    """The status of the happening a trigger names, or None when the text gives no cue."""
    change = change_cue(folded, sent, lex)
    if change and not moved_to_own_date(folded, tm, tokens, sent, lex):
        return change
    ignore = lex.phrases("not_verb")
    before = [t for t in tokens if t.end <= tm.opening][-2:]
    planned_before = False
    if before:
        cue = _first_cue(folded, before[0].start, tm.opening, lex.status["before"], ignore)
        if cue and cue[1] == "held" and folded[tm.end : tm.end + 1] == ",":
            # "Bu yıl 25'incisi düzenlenen fuar, … ağırlayacak": a participle has no tense of
            # its own; the future verb of which the event is the subject says when.
            verb = _first_cue(
                folded, tm.end, min(sent.end, tm.end + WINDOW), lex.status["near"], ignore
            )
            return "planned" if verb and verb[1] == "planned" else "held"
        if cue and cue[1] != "planned":
            return cue[1]
        # "yapılması planlanan toplantı … gerçekleştirildi": the main verb tells what became
        # of the plan.
        planned_before = cue is not None
    if tm.trigger.form == "verb":
        # A trigger that is itself the verb: "görüştü", "bir araya gelecek".
        cue = _first_cue(folded, tm.start, tm.end, lex.status["near"], ignore)
        if cue:
            return cue[1]
    cue = _first_cue(folded, tm.end, min(sent.end, tm.end + WINDOW), lex.status["near"], ignore)
    if planned_before:
        after = [t for t in tokens if t.start >= tm.end][:3]
        outcome = (
            cue is not None
            and cue[1] == "held"
            and any(
                t.start == cue[0] and any(t.folded.startswith(w) for w in lex.phrases("occurrence"))
                for t in after
            )
        )
        return "held" if outcome else "planned"
    return cue[1] if cue else None


def occurs_right_after(tm: TriggerMatch, tokens: list[Token], lex: Lexicon) -> bool:
    """Whether the trigger is itself the verb or a happening verb follows it at once
    (``referandum başladı``, ``bir araya geldi``): the undated main event of a lede."""
    if tm.trigger.form == "verb":
        return True
    after = [t.folded for t in tokens if t.start >= tm.end][:3]
    before = [t.folded for t in tokens if t.end <= tm.opening][-2:]
    joined = " ".join(after)
    words = lex.phrases("occurrence")
    if tm.trigger.type == "release":
        words = words | lex.phrases("release_occurrence")  # "verilerini açıkladı"
    return any(
        joined.startswith(w)
        or (after and after[0].startswith(w))
        or any(b.startswith(w) for b in before)
        for w in words
    )
