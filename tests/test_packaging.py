"""A plain (non-editable) ``pip install .`` must ship every data file: language resources,
interface text, templates and static files."""

from __future__ import annotations

import subprocess
import sys
import zipfile

from helpers import ROOT


def test_wheel_contains_every_data_file(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("timeline-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = set()
    for package in ("timeline", "web"):
        for path in (ROOT / package).rglob("*"):
            if (
                path.is_file()
                and path.suffix not in (".py", ".pyc")
                and "__pycache__" not in path.parts
            ):
                expected.add(path.relative_to(ROOT).as_posix())
    assert expected, "no data files found"
    assert expected <= names, sorted(expected - names)
    entry_points = (
        zipfile.ZipFile(wheel)
        .read(next(n for n in names if n.endswith("entry_points.txt")))
        .decode()
    )
    assert "timeline = timeline.cli:main" in entry_points
