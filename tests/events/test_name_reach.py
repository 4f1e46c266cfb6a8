"""Names of several words (places, organisations) are looked up only as far as some name's
first words reach: the same names as looking up every group of up to N words."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.events.lexicon import lexicon
from timeline.events.mentions import longest_names
from timeline.events.tokens import tokenize

LEX = lexicon("tr")
# The words of the lexicon's names of two words or more, as written, with words of our own.
NAME_WORDS = sorted(
    {
        word
        for value in (*LEX.places.values(), *LEX.organisations.values())
        if " " in value.name
        for word in value.name.split()
    }
)
WORDS = st.sampled_from(NAME_WORDS) | st.sampled_from(["Yeni", "ve", "dün", "Kurulu", "-", "_"])
SUFFIXES = st.sampled_from(["", "", "", "'da", "'nın", "’ye"])


def _names(tokens, lookup, opens, max_words, prefixes):
    return list(longest_names(tokens, max_words, lookup, opens, prefixes))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(WORDS, SUFFIXES), max_size=14))
def test_reach_finds_the_names_every_group_finds(words):
    text = " ".join(word + suffix for word, suffix in words) + "."
    tokens = tokenize(text, 0, len(text))
    places = (
        lambda w, n: LEX.place(w),
        lambda t: LEX.may_open(t.stem, LEX.place_firsts),
        LEX.place_max_words,
    )
    orgs = (
        lambda w, n: (LEX.acronyms.get(w) if n == 1 else None) or LEX.organisation(w),
        None,
        LEX.org_max_words,
    )
    assert _names(tokens, *places, LEX.place_prefixes) == _names(tokens, *places, None)
    assert _names(tokens, *orgs, LEX.org_prefixes) == _names(tokens, *orgs, None)


def test_a_name_of_three_words_with_its_suffix():
    text = "Zirve Şanghay İşbirliği Örgütü'nün toplantısıydı."
    tokens = tokenize(text, 0, len(text))
    found = longest_names(
        tokens, LEX.org_max_words, lambda w, n: LEX.organisation(w), None, LEX.org_prefixes
    )
    assert [(i, n) for i, n, _ in found] == [(1, 3)]
