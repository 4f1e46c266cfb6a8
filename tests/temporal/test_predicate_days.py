"""A day that is the predicate of a reported clause (``son günün 30 Nisan olduğunu
duyurdu``) may lie shortly ahead though the reporting verb is past, like a deadline; written
for this test (no sentence from an article)."""

from __future__ import annotations

from datetime import date

from .tables import assert_no_duplicates, parametrize, values

D = date
CASES = [
    (
        "Vergi dairesi, harç ödemesi için son günün 29 Haziran olduğunu açıkladı.",
        D(2026, 6, 3),
        ["2026-06-29"],
        "a last day told in a past clause lies ahead",
    ),
    (
        "Kurul, kayıtların son gününün 14 Ekim olduğunu hatırlattı.",
        D(2027, 9, 20),
        ["2027-10-14"],
        "a reported last day, three weeks ahead",
    ),
    (
        "Müdür, toplantının 2 Haziran olduğunu söyledi.",
        D(2026, 6, 9),
        ["2026-06-02"],
        "a day a week before publication stays in the past",
    ),
    (
        "Bakan, fuarın 31 Mayıs'ta açıldığını söyledi.",
        D(2026, 5, 3),
        ["2025-05-31"],
        "a day of a past verb, with no copula, keeps the past reading",
    ),
]


def test_no_duplicates():
    assert_no_duplicates(CASES)


@parametrize(CASES)
def test_predicate_days(text, published, expected, why):
    assert values(text, published) == expected, why
