"""The tagger on the shared dev corpus (read in place, never copied): value-exact F1 ≥ 0.95.

The corpus is found through ``$TIMELINE_CORPUS`` (a folder with ``gold.json``), else as
``shared/corpus/dev`` beside the repository or one of its parents, else at
``/work/shared/corpus/dev``.
"""

from __future__ import annotations

import os
from pathlib import Path

from timeline.documents import read_documents
from timeline.evaluate import Counts, load_gold, score_timexes
from timeline.temporal import tag_document

TARGET_F1 = 0.95


def _corpus() -> Path:
    candidates = [Path(os.environ["TIMELINE_CORPUS"])] if "TIMELINE_CORPUS" in os.environ else []
    here = Path(__file__).resolve()
    candidates += [parent / "shared" / "corpus" / "dev" for parent in here.parents]
    candidates.append(Path("/work/shared/corpus/dev"))
    for folder in candidates:
        if (folder / "gold.json").is_file():
            return folder
    raise AssertionError(f"no dev corpus found (looked in {[str(c) for c in candidates]})")


def test_dev_corpus_value_exact_f1():
    folder = _corpus()
    total = Counts()
    misses = []
    for entry in load_gold(folder / "gold.json")["documents"]:
        doc = read_documents(folder / f"{entry['id']}.txt")[0]
        predicted = [t.to_json() for t in tag_document(doc)]
        counts, _, errors = score_timexes(doc.text, predicted, entry.get("timexes", []))
        total.add(counts)
        misses += [(entry["id"], e) for e in errors]
    assert total.gold > 100
    assert total.f1 >= TARGET_F1, misses
