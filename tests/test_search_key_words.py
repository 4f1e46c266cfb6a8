"""A search key is computed word by word (each word's key cached): the same key as the whole
text's, for any text — case folding, accents, apostrophes, punctuation and blanks included."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.text import _search_key, search_key

# Letters whose folding or decomposition is special (dotted and dotless i, final sigma,
# ligatures, combining accents, compatibility spaces), punctuation and blanks of every kind.
PIECES = st.sampled_from(
    [
        "a",
        "İ",
        "I",
        "ı",
        "Σ",
        "ş",
        "Ş",
        "é",
        "e\u0301",
        "\u0301",
        "ﬁ",
        "ß",
        "Ⅻ",
        "5",
        "_",
        "-",
        "'",
        "’",
        ".",
        " ",
        "  ",
        "\t",
        "\n",
        "\u00a0",
        "\u2028",
        "\u200b",
        "x" * 130,
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(PIECES, max_size=30))
def test_key_by_words_is_the_key_of_the_whole(pieces):
    text = "".join(pieces)
    assert search_key(text) == _search_key(text)


def test_key_of_a_name_of_several_words():
    assert search_key("  Şanghay  İşbirliği Örgütü'nün ") == "sanghay isbirligi orgutu nun"
    assert search_key("Kasım - Cömert") == search_key("kasim cömert") == "kasim comert"


def _reference_key(text: str) -> str:
    """The key as computed for every text before the plain-ASCII shortcut: both Unicode
    normalisations and the removal of combining marks always applied."""
    import re
    import unicodedata

    from timeline.text import _ASCII_FOLD, fold

    text = unicodedata.normalize("NFC", text)
    text = fold(text).translate(_ASCII_FOLD)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


@settings(max_examples=500, deadline=None)
@given(st.lists(PIECES, max_size=30))
def test_the_plain_ascii_shortcut_keeps_the_key(pieces):
    text = "".join(pieces)
    assert _search_key(text) == _reference_key(text)


def test_keys_of_plain_ascii_and_accented_names():
    assert _search_key("KIRIKKALE_Yolu--Dogu") == "kirikkale yolu dogu"
    assert _search_key("Cafe\u0301 Noël") == "cafe noel" == _search_key("CAFÉ  NOEL")
    assert _search_key("Ağrı'da") == _search_key("AGRI'DA") == "agri da"
