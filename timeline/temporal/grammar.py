"""Compile one language's temporal resources into a :class:`Grammar` (built once, cached).

The resources are plain data files under ``timeline/lang/<code>/`` (see their headers):

* ``months.tsv``, ``month_abbreviations.tsv``, ``weekdays.tsv``, ``numbers.tsv``, ``units.tsv``,
  ``words.tsv``: the lexicon, one alternation macro per class (``{month}``, ``{shift}``…) and
  the values its words stand for;
* ``letters.tsv``: letters written in place of others (``agustos``, ``EKIM``), matched too;
* ``patterns.tsv``: named regular-expression fragments (``{d}`` a day of month, ``{sfx}`` a
  suffix after an apostrophe…);
* ``temporal_rules.txt``: the rules, in priority order, each with named groups;
* ``tense.tsv`` and ``tense_exceptions.txt``: the tense cues of clauses.
* ``holiday_dates.tsv``: the names of the movable feasts (class ``feast``).

Nothing in this module knows a word of any language. All the rules become one compiled
alternation (the *master* pattern, each rule's groups renamed ``r<index>_<group>``), tried only
where a cheap *trigger* pattern (a trie of the words rules can start with, or a digit) fires.
"""

from __future__ import annotations

import configparser
import hashlib
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ..errors import ResourceError
from ..lang import read_list, read_table, read_text
from ..patterncache import PatternStore
from . import openings as openings_module
from .openings import ANY, openings

RULE_KINDS = ("point", "range", "list", "offset", "anchored", "duration", "set", "remove")
# lexicon classes the engine reads by name (the others are used by the rules as {class})
ENGINE_CLASSES = (
    "shift",
    "deictic",
    "anchored",
    "pod",
    "pod_block",
    "part",
    "half",
    "season",
    "direction",
    "since",
    "month_follow",
    "coordinator",
    "quantity",
    "quantity_before",
    "name_follow",
    "event_relative_keep",
    "calendar_noun",
    "recurring",
    "speech",
    "genitive",
    "relation_follow",
    "plan_verb",
    "wish_verb",
    "named_past_noun",
    "begun_verb",
    "aorist_end",
    "plural_end",
    "retarget_verb",
    "dative_end",
    "ablative_end",
    "roman",
    "trigger_stop",
    "stamp_label",
    "place_noun",
    "ablative_suffix",
    "ablative_anchor",
    "set_exception",
    "quantity_suffix",
    "new_slot_cue",
    "banner",
    "list_heading",
    "reference_follow",
    "weekday_of_date",
    "predicate_follow",
    "comparison_follow",
    "year_case",
    "period_noun",
    "adverbial_end",
    "attributive_end",
    "date_noun",
    "offset_lead",
    "year_scope",
    "month_soft",
    "person_case",
    "person_verb",
    "habitual",
    "done_verb",
    "kin_noun",
)
TENSES = ("past", "present", "future", "none", "nominal", "skip", "participle")
MIN_VARIANT = 4  # shorter words are matched only as written (see WordClasses._tolerant)
BOUNDED = "\x00"  # marks an opening word that must end its word (an abbreviation)
RULES_FILE = "temporal_rules.txt"
# Python lowers the dotted capital İ to two code points and every other character to one;
# mapping the language's special capitals first (case.tsv) keeps the folded text exactly as
# long as the input, so offsets carry over.
_APOSTROPHES = "'’‘`´ʼ′"
_DASHES = "‐‑‒–—―−"
_SPACES = "\u00a0\u2007\u202f\u2009\u200a"
_MACRO = re.compile(r"\{([A-Za-z_]\w*)\}")
_GROUP = re.compile(r"\(\?P<(\w+)>|\(\?P=(\w+)\)|\(\?\((\w+)\)")


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule of ``temporal_rules.txt`` with its pattern expanded."""

    index: int
    name: str
    kind: str
    source: str
    groups: tuple[str, ...]
    checks: tuple[str, ...]
    examples: tuple[str, ...]
    raw: str  # the pattern as written, macros unexpanded
    master_names: tuple[str, ...]  # the groups as named in a combined pattern: r<index>_<group>

    def group(self, match: re.Match, name: str) -> str | None:
        """The text of this rule's group ``name`` in a match of a combined pattern."""
        if name not in self.groups:
            return None
        return match.group(f"r{self.index}_{name}")

    def groups_of(self, match: re.Match) -> tuple[str | None, ...]:
        """The texts of all this rule's groups in a match, in the order of ``groups``."""
        names = self.master_names
        if not names:
            return ()
        values = match.group(*names)
        return (values,) if len(names) == 1 else values


class WordClasses:
    """The words of a language by class, and what each stands for.

    Words are looked up by a *key*: the folded text with letters reduced to their plain
    variant (``letters.tsv``) and blanks collapsed, so ``Ağustos``, ``AGUSTOS`` and ``ağustos``
    are one entry.
    """

    def __init__(self, variants: dict[str, str], case: dict[str, str]):
        self.variants = variants
        self._case = str.maketrans(case)
        plain = {}
        for letter, alternatives in variants.items():
            choices = [letter, *alternatives]
            plain[letter] = min(choices, key=lambda c: (not c.isascii(), c))
        self._plain = str.maketrans({k: v for k, v in plain.items() if len(v) == 1})
        self.classes: dict[str, dict[str, str]] = {}
        self.forms: dict[str, list[str]] = {}  # class -> words as written in the data
        self._keys: dict[str, str] = {}

    def spellings(self, word: str) -> set[str]:
        """The forms of ``word`` the lexicon matches (see :meth:`_tolerant`)."""
        plain = word.translate(self._plain)
        spellings = {word, self._recapitalised(word)}
        if len(word.replace(" ", "")) >= MIN_VARIANT:
            spellings |= {plain, self._recapitalised(plain)}
        return spellings

    def _recapitalised(self, word: str) -> str:
        """``word`` in Unicode's default capitals, folded back by the language's case rules."""
        return word.upper().translate(self._case).lower()

    def key(self, text: str) -> str:
        """The lookup key of a word as found in folded text."""
        key = self._keys.get(text)
        if key is None:
            key = " ".join(text.translate(self._plain).split())
            if len(self._keys) < 100_000:
                self._keys[text] = key
        return key

    def add(self, name: str, word: str, value: str, where: str) -> None:
        """Add ``word`` to class ``name``.

        :raises ResourceError: when the class already has the word (under its key).
        """
        entries = self.classes.setdefault(name, {})
        key = self.key(word)
        if key in entries:
            raise ResourceError(f"{where}: {word!r} is twice in class {name!r}")
        entries[key] = value
        self.forms.setdefault(name, []).append(" ".join(word.split()))

    def get(self, name: str, text: str | None) -> str | None:
        """The value of a matched word of class ``name`` (None when absent)."""
        if text is None:
            return None
        return self.classes.get(name, {}).get(self.key(text))

    def words(self, name: str) -> list[str]:
        """The keys of the words of class ``name``."""
        return list(self.classes.get(name, {}))

    def pattern(self, name: str) -> str:
        """A non-capturing alternation of the class's words, longest first, tolerant of the
        letter variants and of any run of blanks inside a word group."""
        words = sorted(self.forms[name], key=lambda w: (-len(w), w))
        return "(?:" + "|".join(self._tolerant(w) for w in words) + ")"

    def _tolerant(self, word: str) -> str:
        """An alternation of the word's spellings: as written; in ASCII (``subat``); and
        either one as it reads when typed in capitals without the language's own capital
        letters and folded back (an ASCII ``EKIM`` folds to ``ekım``, ``XIX`` to ``xıx``,
        ``case.tsv``). Words shorter than ``MIN_VARIANT`` letters get no ASCII spelling: "kış"
        in ASCII would match "kısa" (short)."""
        spellings = self.spellings(word)
        escaped = sorted((re.escape(s).replace(r"\ ", r"[ \t]+") for s in spellings), reverse=True)
        return escaped[0] if len(escaped) == 1 else "(?:" + "|".join(escaped) + ")"


@dataclass(frozen=True, slots=True)
class Alternation:
    """Rules tried in priority order at one position: the first that matches wins, as in
    the alternation ``(?P<r1>…)|(?P<r2>…)`` of their patterns, without compiling it."""

    patterns: tuple[re.Pattern, ...]
    # their bound ``match`` methods, looked up once (about 18 rules are tried per trigger word)
    matchers: tuple[Callable[..., re.Match | None], ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "matchers", tuple(p.match for p in self.patterns))

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        for match in self.matchers:
            m = match(text, pos, endpos)
            if m is not None:
                return m
        return None


@dataclass(frozen=True, slots=True, eq=False)
class Grammar:
    """Everything the engine needs for one language, compiled."""

    lang: str
    lexicon: WordClasses
    rules: tuple[Rule, ...]
    trigger: re.Pattern
    openers: dict[str, tuple[int, ...]]  # trigger word -> indices of the rules that may open there
    months: dict[str, tuple[int, int, str]]  # key -> (month, ambiguity, class)
    weekdays: dict[str, tuple[int, int]]  # key -> (weekday, ambiguity)
    numbers: dict[str, tuple[float, str]]  # key -> (value, kind)
    units: dict[str, str]  # key -> unit code
    tense_cues: tuple[tuple[re.Pattern, str], ...]
    tense_exceptions: frozenset[str]
    header_label: re.Pattern
    fold_pairs: tuple[tuple[str, str], ...]
    submasters: dict[tuple[int, ...], Alternation]  # filled as triggers need them
    compiled: dict[int, re.Pattern]  # rule index -> its pattern alone (groups renamed)

    def fold(self, text: str) -> str:
        """Lower-case by the language's case rules (``case.tsv``), with apostrophes, dashes and
        blanks made plain; the result has the length of ``text``.

        (Replacing the few characters present is much faster than ``str.translate``.)
        """
        for char, replacement in self.fold_pairs:
            if char in text:
                text = text.replace(char, replacement)
        return text.lower()

    def rule_of(self, match: re.Match) -> Rule:
        """The rule that made a match of a pattern from :meth:`master_for`."""
        return self.rules[int(match.lastgroup[1:])]

    def master_for(self, word: str) -> Alternation | None:
        """The alternation, in priority order, of the rules that may open at a trigger
        ``word``; None for a word that opens nothing."""
        indices = self.openers.get(word)
        if not indices:
            return None
        found = self.submasters.get(indices)
        if found is None:
            found = self.submasters[indices] = Alternation(
                tuple(self._rule_pattern(i) for i in indices)
            )
        return found

    def _rule_pattern(self, index: int) -> re.Pattern:
        """Rule ``index`` compiled alone, with its groups named as in a combined pattern
        (compiled once, when the grammar is read). Compiling each subset of rules as one
        alternation cost about a second per process: the same rules were compiled again in
        dozens of subsets."""
        pattern = self.compiled.get(index)
        if pattern is None:
            pattern = self.compiled[index] = _combine([self.rules[index]])
        return pattern

    def number(self, text: str | None) -> float | None:
        """The value of an amount: digits (``1,5``), number words (``on beş``, ``bir buçuk``)
        or an ordinal (``yirmi birinci``, ``3.``, ``son`` = -1)."""
        if not text:
            return None
        text = text.strip().rstrip(".")
        if text[:1].isdigit():
            try:
                return float(text.replace(",", "."))
            except ValueError:
                return None
        total = current = 0.0
        for word in self.lexicon.key(text).split():
            entry = self.numbers.get(word)
            if entry is None:
                return None
            value, kind = entry
            if kind == "ordinal" and value < 0:
                return value
            if value == 100:
                current = (current or 1) * 100
            elif value == 1000:
                total += (current or 1) * 1000
                current = 0
            else:
                current += value
        return total + current


def _combine(rules) -> re.Pattern:
    """One pattern of several rules: ``(?P<r<index>>…)|…``, their groups renamed."""
    return re.compile("|".join(f"(?P<r{r.index}>{_rename(r.source, r.index)})" for r in rules))


@cache
def load_grammar(lang: str) -> Grammar:
    """Read and compile the temporal resources of ``lang`` (once per process).

    :raises ResourceError: when a file is missing or malformed, a macro is unknown or a rule
        does not compile (the message names the rule).
    """
    variants = {r["letter"]: r["variants"] for r in read_table(lang, "letters.tsv")}
    case = {r["upper"]: r["lower"] for r in read_table(lang, "case.tsv")}
    lexicon = WordClasses(variants, case)
    months, weekdays, numbers, units = {}, {}, {}, {}
    for file, name in (("months.tsv", "month"), ("month_abbreviations.tsv", "month_abbr")):
        for row in read_table(lang, file):
            lexicon.add("month_any", row["name"], row["month"], f"{lang}/{file}")
            lexicon.add(name, row["name"], row["month"], f"{lang}/{file}")
            ambiguous = int(row.get("ambiguous") or 0) if name == "month" else 1
            months[lexicon.key(row["name"])] = (int(row["month"]), ambiguous, name)
    for row in read_table(lang, "weekdays.tsv"):
        lexicon.add("weekday", row["name"], row["weekday"], f"{lang}/weekdays.tsv")
        weekdays[lexicon.key(row["name"])] = (int(row["weekday"]), int(row["ambiguous"] or 0))
    for row in read_table(lang, "numbers.tsv"):
        name = {"cardinal": "cardinal", "ordinal": "ordinal_word", "fraction": "fraction"}
        lexicon.add(name[row["kind"]], row["word"], row["value"], f"{lang}/numbers.tsv")
        numbers[lexicon.key(row["word"])] = (float(row["value"]), row["kind"])
    for row in read_table(lang, "holiday_dates.tsv"):
        # movable feasts (Kurban Bayramı): their days are read from the same file when resolved
        folded = row["name"].translate(str.maketrans(case)).lower()
        if lexicon.get("feast", folded) is None:
            lexicon.add("feast", folded, row["name"], f"{lang}/holiday_dates.tsv")
    for row in read_table(lang, "units.tsv"):
        lexicon.add("unit", row["word"], row["unit"], f"{lang}/units.tsv")
        units[lexicon.key(row["word"])] = row["unit"]
    for row in read_table(lang, "words.tsv"):
        lexicon.add(row["class"], row["word"], row["value"], f"{lang}/words.tsv")

    macros = {name: lexicon.pattern(name) for name in lexicon.classes}
    # an abbreviated month ends its word: "Oca." or "12 Kas 2024", never "arasında"
    macros["month_any"] = f"(?:{macros['month']}|{macros['month_abbr']}(?![^\\W\\d_]))"
    fragments = {}
    macros["number"] = (
        f"(?:{macros['cardinal']}(?:[ \\t]+{macros['cardinal']})*(?:[ \\t]+{macros['fraction']})?)"
    )
    macros["ordinal"] = f"(?:(?:{macros['cardinal']}[ \\t]+)*{macros['ordinal_word']})"
    for row in read_table(lang, "patterns.tsv"):
        fragments[row["name"]] = row["pattern"]
        # grouped, so that a quantifier after {name} applies to the whole fragment
        expanded = _expand(row["pattern"], macros, f"{lang}/patterns.tsv {row['name']}")
        macros[row["name"]] = f"(?:{expanded})"

    compiled: dict[int, re.Pattern] = {}
    store = PatternStore(f"grammar-{lang}")
    rules = _read_rules(lang, macros, compiled, store)
    trigger, openers = _openers(lexicon, rules, fragments, store)
    cues = []
    for row in read_table(lang, "tense.tsv"):
        if row["tense"] not in TENSES:
            raise ResourceError(f"{lang}/tense.tsv: tense {row['tense']!r} is not one of {TENSES}")
        try:
            cues.append((store.compile(row["pattern"]), row["tense"]))
        except re.error as e:
            raise ResourceError(f"{lang}/tense.tsv: bad pattern {row['pattern']!r}: {e}") from e
    labels = [re.escape(r["label"]) for r in read_table(lang, "header.tsv")]
    labels += [lexicon.pattern("stamp_label")]
    # a publication label right before a date: "Güncelleme: 15 Eylül 2025" (at its end)
    alternation = "|".join(sorted(labels, key=len, reverse=True))
    header_label = store.compile(r"(?:^|(?<=[\s.]))(?:" + alternation + r")[ \t]*:[ \t]*\Z")
    store.save()
    return Grammar(
        lang=lang,
        lexicon=lexicon,
        rules=tuple(rules),
        trigger=trigger,
        openers=openers,
        months=months,
        weekdays=weekdays,
        numbers=numbers,
        units=units,
        tense_cues=tuple(cues),
        tense_exceptions=frozenset(read_list(lang, "tense_exceptions.txt")),
        header_label=header_label,
        fold_pairs=_fold_pairs(case),
        submasters={},
        compiled=compiled,
    )


def _expand(pattern: str, macros: dict[str, str], where: str, depth: int = 0) -> str:
    def repl(m: re.Match) -> str:
        name = m.group(1)
        if name not in macros:
            raise ResourceError(f"{where}: unknown macro {{{name}}}")
        return macros[name]

    out = _MACRO.sub(repl, pattern)
    if _MACRO.search(out) and depth < 5:
        return _expand(out, macros, where, depth + 1)
    return out


def _read_rules(
    lang: str,
    macros: dict[str, str],
    compiled: dict[int, re.Pattern] | None = None,
    store: PatternStore | None = None,
) -> list[Rule]:
    """The rules of ``RULES_FILE``, each compiled once to check it; ``compiled`` receives the
    patterns (groups named as in a combined pattern) for :meth:`Grammar.master_for`; ``store``
    rebuilds those a previous process compiled (:mod:`..patterncache`).

    :raises ResourceError: when a rule is malformed or its pattern does not compile.
    """
    parser = configparser.ConfigParser(
        interpolation=None, strict=True, comment_prefixes=("#",), empty_lines_in_values=False
    )
    try:
        parser.read_string(read_text(lang, RULES_FILE), source=f"{lang}/{RULES_FILE}")
    except configparser.Error as e:
        raise ResourceError(f"{lang}/{RULES_FILE}: {e}") from e
    store = store or PatternStore(f"grammar-{lang}")
    read = []
    for index, name in enumerate(parser.sections()):
        section = parser[name]
        where = f"{lang}/{RULES_FILE} [{name}]"
        kind = section.get("kind", "")
        if kind not in RULE_KINDS:
            raise ResourceError(f"{where}: kind {kind!r} is not one of {', '.join(RULE_KINDS)}")
        raw = "".join(line.strip() for line in section.get("pattern", "").splitlines())
        if not raw:
            raise ResourceError(f"{where}: no pattern")
        read.append((index, name, section, raw, _expand(raw, macros, where)))
    rules = []
    for index, name, section, raw, source in read:
        pattern = _compile_rule(
            lang, name, source, f"(?P<r{index}>{_rename(source, index)})", store
        )
        if compiled is not None:
            compiled[index] = pattern
        prefix = f"r{index}_"
        groups = tuple(g[len(prefix) :] for g in pattern.groupindex if g.startswith(prefix))
        examples = " ".join(section.get("examples", "").split())
        rules.append(
            Rule(
                index=index,
                name=name,
                kind=section.get("kind", ""),
                source=source,
                groups=groups,
                checks=tuple(c.strip() for c in section.get("checks", "").split(",") if c.strip()),
                examples=tuple(e.strip() for e in examples.split(" | ") if e.strip()),
                raw=raw,
                master_names=tuple(f"r{index}_{group}" for group in groups),
            )
        )
    return rules


def _compile_rule(
    lang: str, name: str, source: str, combined: str, store: PatternStore
) -> re.Pattern:
    """Compile one rule, its groups renamed as in ``combined``.

    :raises ResourceError: when the pattern does not compile (the message names the rule).
    """
    where = f"{lang}/{RULES_FILE} [{name}]"
    try:
        return store.compile(combined)
    except re.error:
        try:
            re.compile(source)  # the error as the rule is written
        except re.error as e:
            raise ResourceError(f"{where}: pattern does not compile: {e}") from e
        raise ResourceError(
            f"{where}: pattern does not compile once its groups are renamed"
        ) from None


def _rename(source: str, index: int) -> str:
    """Prefix a rule's group names with its index so all rules fit in one pattern."""

    def repl(m: re.Match) -> str:
        if m.group(1):
            return f"(?P<r{index}_{m.group(1)}>"
        if m.group(2):
            return f"(?P=r{index}_{m.group(2)})"
        return f"(?(r{index}_{m.group(3)})"

    return _GROUP.sub(repl, source)


def _fold_pairs(case: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """What :meth:`Grammar.fold` replaces before lower-casing: the language's special capitals
    (each one character, so lengths stay), then typographic apostrophes, dashes and blanks."""
    if any(len(upper) != 1 or len(lower) != 1 for upper, lower in case.items()):
        raise ResourceError("case.tsv: every entry must be one letter to one letter")
    pairs = list(case.items())
    pairs += [(c, "'") for c in _APOSTROPHES if c != "'"]
    pairs += [(c, "-") for c in _DASHES]
    pairs += [(c, " ") for c in _SPACES]
    return tuple(pairs)


def _openers(
    lexicon: WordClasses, rules: list[Rule], fragments: dict[str, str], store: PatternStore
):
    """The trigger pattern, and for each word it can match the rules that may open there
    (derived from the rules and word classes, or read from ``store`` when it holds them for
    the same rules and classes: deriving them costs a tenth of the start-up)."""
    inputs = repr(
        (
            sorted(lexicon.forms.items()),
            sorted(lexicon._plain.items()),
            sorted(lexicon._case.items()),
            [(r.index, r.raw) for r in rules],
            fragments,
        )
    )
    digest = hashlib.sha256(inputs.encode())
    for module in (__file__, openings_module.__file__):  # the code that derives them
        digest.update(Path(module).read_bytes())
    key = "openers-" + digest.hexdigest()
    openers, source = store.value(key, lambda: _derive_openers(lexicon, rules, fragments))
    return store.compile(source), openers


def _derive_openers(
    lexicon: WordClasses, rules: list[Rule], fragments: dict[str, str]
) -> tuple[dict[str, tuple[int, ...]], str]:
    """For each word the trigger pattern can match the rules that may open there, and the
    trigger pattern's source.

    Every rule's openings (:mod:`.openings`) become one trie; a text word starting with an
    opening word ``w`` may start a match of any rule opening with ``w`` or with a prefix of
    ``w``, so each word maps to the union of those rules.
    """
    classes = dict(lexicon.forms)
    classes["number"] = classes.get("cardinal", [])
    classes["ordinal"] = classes.get("cardinal", []) + classes.get("ordinal_word", [])
    # abbreviations open only as whole words (BOUNDED marks them for the trie)
    classes["month_any"] = classes["month"] + [w + BOUNDED for w in classes["month_abbr"]]
    classes["month_abbr"] = [w + BOUNDED for w in classes["month_abbr"]]
    by_word: dict[str, set[int]] = {}
    bounded: set[str] = set()
    unbounded: set[str] = set()
    for rule in rules:
        try:
            words = openings(rule.raw, classes, fragments)
        except ValueError as e:
            raise ResourceError(f"{RULES_FILE} [{rule.name}]: {e}") from e
        if words is ANY:
            raise ResourceError(f"{RULES_FILE} [{rule.name}]: cannot tell what it opens with")
        for word in words:
            is_bounded = word.endswith(BOUNDED)
            word = word.removesuffix(BOUNDED)
            for spelling in lexicon.spellings(word) if word.isalpha() else {word}:
                (bounded if is_bounded else unbounded).add(spelling)
                by_word.setdefault(spelling, set()).add(rule.index)
    openers = {}
    for word, indices in by_word.items():
        union = set(indices)
        for n in range(1, len(word)):
            union |= by_word.get(word[:n], set())
        openers[word] = tuple(sorted(union))
    for stop in lexicon.forms.get("trigger_stop", []):
        for spelling in lexicon.spellings(stop):
            if spelling in openers:
                raise ResourceError(f"words.tsv: trigger_stop {stop!r} is a word rules open with")
            openers[spelling] = ()
    whole_words = bounded - unbounded
    return openers, r"(?<![\w])" + _trie(sorted(openers), whole_words)


def _trie(words: list[str], whole_words: frozenset[str] | set[str] = frozenset()) -> str:
    """A regular expression matching the longest of ``words`` that starts the text; the
    ``whole_words`` match only where no letter follows them.

    >>> re.match(_trie(["bu", "bugün", "oca"], {"oca"}), "bugünkü").group()
    'bugün'
    >>> re.match(_trie(["bu", "bugün", "oca"], {"oca"}), "ocak") is None
    True
    """
    char = re.escape

    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node["!" if word in whole_words else ""] = {}

    def emit(node: dict) -> str:
        branches = [char(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch and ch != "!"]
        if "!" in node and "" not in node:
            branches.append(r"(?![^\W\d_])")
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else body + "?"
        return body

    return emit(root)
