"""The words a rule can open with, read from its pattern as written (before macros expand).

The engine runs the rules only where one of these words (or a digit) starts a word, and then
only the rules that can open there. This module computes those *openings*: a small parser of
the regular-expression subset the data files use (groups, alternation, character classes,
quantifiers, lookarounds, escapes and ``{macro}`` references).

>>> sorted(openings("(?:(?P<s>{shift}){sp})?saat", {"shift": ["bu", "geçen"]}, {"sp": "[ ]+"}))
['bu', 'geçen', 'saat']
>>> sorted(openings("(?<![.])(?:0?[1-3])x", {}, {}))
['0', '1', '2', '3']
"""

from __future__ import annotations

import re

ANY = None  # an opening the analysis cannot bound (the rule must be tried everywhere)
_QUANTIFIER = re.compile(r"[?*+]\??|\{(\d*)(?:,(\d*))?\}\??")
_CLASS_ESCAPES = {"d": "0123456789", "s": " \t\n"}
_MACRO = re.compile(r"\{([A-Za-z_]\w*)\}")
_LITERAL = re.compile(r"[^\\()\[\]{}|.?*+]+")


class _Parser:
    def __init__(self, pattern: str, classes: dict[str, list[str]], fragments: dict[str, str]):
        self.s = pattern
        self.i = 0
        self.classes = classes
        self.fragments = fragments

    # Each parse function returns (openings, nullable); openings is a set of strings or ANY.

    def alternation(self):
        result, nullable = set(), False
        while True:
            first, empty = self.sequence()
            result = _union(result, first)
            nullable = nullable or empty
            if self.i < len(self.s) and self.s[self.i] == "|":
                self.i += 1
                continue
            return result, nullable

    def sequence(self):
        result, nullable = set(), True
        while self.i < len(self.s) and self.s[self.i] not in "|)":
            first, empty = self.item()
            if nullable:
                result = _union(result, first)
                nullable = empty
        return result, nullable

    def item(self):
        s, i = self.s, self.i
        ch = s[i]
        if ch == "(":
            first, empty = self.group()
        elif ch == "[":
            first, empty = self.char_class(), False
        elif ch == "\\":
            first, empty = self.escape()
        elif ch == "{" and (m := _MACRO.match(s, i)):
            self.i = m.end()
            first, empty = self.macro(m.group(1))
        elif ch == ".":
            self.i += 1
            first, empty = ANY, False
        else:
            run = _LITERAL.match(s, i).group()
            # a quantifier applies to the last character only
            if len(run) > 1 and _QUANTIFIER.match(s, i + len(run)):
                run = run[:-1]
            self.i += len(run)
            first, empty = {run}, False
        q = _QUANTIFIER.match(s, self.i)
        if q:
            self.i = q.end()
            low = q.group(1)
            if q.group()[0] in "?*" or (low is not None and low in ("", "0")):
                empty = True
        return first, empty

    def group(self):
        s = self.s
        self.i += 1
        lookaround = False
        if s.startswith("?:", self.i):
            self.i += 2
        elif s.startswith("?P<", self.i):
            self.i = s.index(">", self.i) + 1
        elif s.startswith(("?=", "?!"), self.i):
            self.i += 2
            lookaround = True
        elif s.startswith(("?<=", "?<!"), self.i):
            self.i += 3
            lookaround = True
        elif s.startswith("?", self.i):
            raise ValueError(f"unsupported group at {self.i} in {s!r}")
        first, empty = self.alternation()
        if self.i >= len(s) or s[self.i] != ")":
            raise ValueError(f"unbalanced group in {s!r}")
        self.i += 1
        if lookaround:
            return set(), True
        return first, empty

    def char_class(self):
        s = self.s
        end = self.i + 1
        if s.startswith("^", end):
            self.i = s.index("]", end + 2) + 1
            return ANY
        chars = set()
        j = end
        while s[j] != "]" or j == end:
            if s[j] == "\\":
                chars.update(_CLASS_ESCAPES.get(s[j + 1], s[j + 1]))
                if s[j + 1] == "w":
                    self.i = s.index("]", j + 2) + 1
                    return ANY
                j += 2
            elif j + 2 < len(s) and s[j + 1] == "-" and s[j + 2] != "]":
                chars.update(chr(c) for c in range(ord(s[j]), ord(s[j + 2]) + 1))
                j += 3
            else:
                chars.add(s[j])
                j += 1
        self.i = j + 1
        return chars

    def escape(self):
        letter = self.s[self.i + 1]
        self.i += 2
        if letter in _CLASS_ESCAPES:
            return set(_CLASS_ESCAPES[letter]), False
        if letter in "bBAZ":
            return set(), True
        if letter.isalpha():
            return ANY, False
        return {letter}, False

    def macro(self, name: str):
        if name in self.classes:
            return {w.split()[0] for w in self.classes[name]}, False
        if name in self.fragments:
            return _Parser(self.fragments[name], self.classes, self.fragments).alternation()
        raise ValueError(f"unknown macro {{{name}}}")


def _union(a, b):
    if a is ANY or b is ANY:
        return ANY
    return a | b


def openings(pattern: str, classes: dict[str, list[str]], fragments: dict[str, str]):
    """The strings a match of ``pattern`` can start with (a word, a word's beginning or a
    single character), or ``ANY`` when they cannot be bounded.

    :param classes: lexicon class name -> its words (``{month}`` opens with a month name).
    :param fragments: fragment name -> its pattern as written (analysed in turn).
    :raises ValueError: for a pattern construct this parser does not handle.
    """
    parser = _Parser(pattern, classes, fragments)
    first, _ = parser.alternation()
    if parser.i != len(pattern):
        raise ValueError(f"unbalanced ')' at {parser.i} in {pattern!r}")
    return first
