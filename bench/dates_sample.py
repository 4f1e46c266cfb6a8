"""A value audit of the tagger you can repeat: tag real articles and sample their expressions.

    .venv/bin/python bench/dates_sample.py --out /tmp/dates-sample.md --sample 150 --seed 4

Every article of ``../shared/corpus/raw`` (the default) or of the folders and files given is
tagged as ``timeline extract`` tags it (the body, against the publication date); ``--sample``
expressions are drawn with ``--seed`` from all of them (all when there are fewer) and written as
a Markdown table (article, publication date, expression, type, value, sentence) for a careful
reader to judge each value under the corpus conventions. The table quotes the articles, which
are others' text, so ``--out`` must lie outside the repository; the counts by error class (no
quotes) go to ``bench/results/dates-audit-<date>.md``.

``--articles N`` draws N whole articles with ``--seed`` instead and writes each with every
expression the tagger found marked ``[[text|value|type|mod]]`` (durations and sets too), so
that a reader also sees what was missed, not only what was found:

    .venv/bin/python bench/dates_sample.py --out /tmp/dates-articles.md --articles 40 --seed 14
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.audit import DEFAULT_INPUT  # noqa: E402
from timeline.documents import iter_paths, read_documents  # noqa: E402
from timeline.errors import InputError  # noqa: E402
from timeline.temporal import tag_document  # noqa: E402

SENTENCE_REACH = 160  # characters of context either side of an expression, at most
SCORED = ("DATE", "TIME")  # the types the eval scores; durations and sets are left out


def in_dev(paths: list[str]) -> set[str]:
    """The articles of a folder's ``index.json`` that are also dev gold documents (``in_dev``):
    left out, so that the sample holds unseen articles only."""
    ids = set()
    for folder in paths:
        index = Path(folder) / "index.json"
        if index.is_file():
            documents = json.loads(index.read_text(encoding="utf-8")).get("documents", [])
            ids.update(d["id"] for d in documents if d.get("in_dev"))
    return ids


def expressions(paths: list[str]) -> list[dict]:
    """Every DATE and TIME expression the tagger finds in the articles of ``paths`` (but those
    also in the dev corpus), in file and text order."""
    rows, skipped = [], in_dev(paths)
    for path, error in iter_paths(paths):
        if error is not None or not path.endswith(".txt") or Path(path).stem in skipped:
            continue
        try:
            documents = read_documents(path)
        except InputError:
            continue
        for document in documents:
            for timex in (t for t in tag_document(document) if t.type in SCORED):
                rows.append(
                    {
                        "article": Path(path).stem,
                        "published": document.published.isoformat()[:16],
                        "text": timex.text,
                        "type": timex.type,
                        "value": timex.value,
                        "sentence": sentence_of(document.text, timex.start, timex.end),
                    }
                )
    return rows


def marked_articles(paths: list[str], count: int, seed: int) -> tuple[list[str], int]:
    """``count`` articles of ``paths`` (but those also in the dev corpus) drawn with ``seed``,
    each as a heading and its text with every expression marked; and how many DATE and TIME
    expressions they hold."""
    skipped = in_dev(paths)
    files = sorted(
        path
        for path, error in iter_paths(paths)
        if error is None and path.endswith(".txt") and Path(path).stem not in skipped
    )
    drawn = sorted(random.Random(seed).sample(files, min(count, len(files))))
    blocks, scored = [], 0
    for path in drawn:
        try:
            documents = read_documents(path)
        except InputError:
            continue
        for document in documents:
            text, pos, parts = document.text, 0, []
            for timex in tag_document(document):
                mod = f"|{timex.mod}" if timex.mod else ""
                span = text[timex.start : timex.end]
                parts += [text[pos : timex.start], f"[[{span}|{timex.value}|{timex.type}{mod}]]"]
                pos = timex.end
                scored += timex.type in SCORED
            parts.append(text[pos:])
            blocks.append(f"## {Path(path).stem} ({document.published.isoformat()[:16]})")
            blocks.append("".join(parts).strip() + "\n")
    return blocks, scored


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence around ``[start, end)`` (cut to ``SENTENCE_REACH`` either side), the
    expression marked with brackets, on one line."""
    left = max(
        text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, start - SENTENCE_REACH
    )
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min([*stops, end + SENTENCE_REACH, len(text)])
    marked = f"{text[left:start]}[{text[start:end]}]{text[end : right + 1]}"
    return " ".join(marked.split()).replace("|", "/")


def main(argv: list[str] | None = None) -> int:
    """Tag, sample and write the table; print how many expressions were found and drawn."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(DEFAULT_INPUT)])
    parser.add_argument("--out", required=True, help="Markdown table (outside the repository)")
    parser.add_argument("--sample", type=int, default=150)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--articles", type=int, help="draw whole articles, not expressions")
    args = parser.parse_args(argv)
    if Path(args.out).resolve().is_relative_to(ROOT):
        parser.error("--out quotes the articles: write it outside the repository")
    if args.articles:
        blocks, scored = marked_articles(args.paths, args.articles, args.seed)
        Path(args.out).write_text("\n".join(blocks), encoding="utf-8")
        print(f"{len(blocks) // 2} articles, {scored} DATE/TIME expressions -> {args.out}")
        return 0
    rows = expressions(args.paths)
    drawn = sorted(random.Random(args.seed).sample(range(len(rows)), min(args.sample, len(rows))))
    lines = ["| # | article | published | expression | type | value | sentence |", "|---" * 7 + "|"]
    for n, index in enumerate(drawn, 1):
        r = rows[index]
        cells = (n, r["article"], r["published"], r["text"], r["type"], r["value"], r["sentence"])
        lines.append("| " + " | ".join(str(c) for c in cells) + " |")
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} expressions in the articles, {len(drawn)} drawn -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
