"""Every title the extractor writes for a real article is a grammatical noun phrase: no doubled
ending (``anlaşmanının``: ``doubled_ending`` of ``event_words.tsv``) and no adjective,
participle or common word as its head (``not_title_head``/``not_possessor``). The articles are
read in place from ``../shared/corpus/dev`` and ``../shared/corpus/raw``; nothing is copied.
"""

from __future__ import annotations

import pytest
from helpers import SHARED, require

from timeline.events.lexicon import lexicon
from timeline.events.titles import doubled, flawed_head, mended_title
from timeline.pipeline import analyse_file

FOLDERS = ("dev", "raw")


def _articles(folder: str) -> list:
    path = SHARED / "corpus" / folder
    require(path.is_dir(), f"shared/corpus/{folder}", "run from a checkout beside shared/")
    return sorted(p for p in path.glob("*.txt") if p.name != "README.txt")


def title_flaws(title: str) -> list[str]:
    """What is wrong with a title: its doubled endings and a modifier as its head."""
    lex = lexicon("tr")
    flaws = [f"doubled ending in {w!r}" for w in title.split() if doubled(w, lex)]
    if flawed_head(title, lex):
        flaws.append(f"head {title.split()[0]!r} is not a noun")
    return flaws


@pytest.mark.parametrize(
    ("title", "flawed"),
    [
        ("Yeni liman anlaşmasınının imzalanması", True),
        ("Belgelerininin teslimi", True),
        ("Kapsayan bir sözleşmenin imzalanması", True),
        ("Farklı bir görüşme", True),
        ("Kış'ın ziyareti", True),
        ("Kış tatili", False),
        ("Yaz Oyunları", False),
        ("Liman anlaşmasının imzalanması", False),
        ("Yeni havalimanının açılışı", False),
    ],
)
def test_the_check_itself(title, flawed):
    assert bool(title_flaws(title)) is flawed, title_flaws(title)


@pytest.mark.parametrize(
    ("title", "mended"),
    [
        ("Yeni liman anlaşmasınının imzalanması", "Yeni liman anlaşmasının imzalanması"),
        ("Çeşitli bir sözleşmenin imzalanması", "Sözleşmenin imzalanması"),
        ("Bahar'ın ziyareti", ""),
        ("Kış tatili", "Kış tatili"),
    ],
)
def test_mended_titles(title, mended):
    assert mended_title(title, lexicon("tr")) == mended


@pytest.mark.parametrize("folder", FOLDERS)
def test_no_malformed_title_in_the_shared_corpora(folder):
    bad = []
    articles = _articles(folder)
    for path in articles:
        for analysis in analyse_file(str(path)):
            for event in analysis.events:
                for flaw in title_flaws(event.title):
                    bad.append(f"{path.name}: {event.title!r}: {flaw}")
    assert articles
    assert not bad, "\n".join(bad)
