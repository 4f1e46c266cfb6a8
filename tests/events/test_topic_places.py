"""A name the article gives a happening at one place (``Mısır ziyareti``) titles no mention of
the same kind at another place (a visit to Suudi Arabistan told the day before).

Each case is ``(name, published, text, expected)`` as in ``test_event_sentences``: dates are
marked ``[as written|TIMEX3 value]``. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from eventkit import assert_events, extract

D = "2026-02-02"

CASES = [
    (
        "a visit to another country keeps its own title",
        "Bakan, [3 Şubat'ta|2026-02-03] Suudi Arabistan'ı ziyaret edecek. Bakan, [4 Şubat'ta|"
        "2026-02-04] Mısır'a resmi bir ziyaret gerçekleştirecek. Mısır ziyareti kapsamında"
        " iki ülke arasında anlaşmalar imzalanacak.",
        [
            dict(date="2026-02-03", title="Suudi Arabistan ziyareti"),
            dict(date="2026-02-04", location="Mısır"),
        ],
    ),
    (
        "a visit to the named country takes the name",
        "Bakan, [4 Şubat'ta|2026-02-04] Kahire'yi ziyaret edecek. Mısır ziyareti kapsamında"
        " iki ülke arasında anlaşmalar imzalanacak.",
        [dict(date="2026-02-04", title="Mısır ziyareti", location="Kahire")],
    ),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_topic_places(name: str, text: str, expected: list[dict]) -> None:
    assert_events(extract(text, D), expected)
