"""Run the terminal calendar ``khal`` (from PyPI, in the test extras) on our feeds, in a
temporary configuration with a fixed time zone."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from helpers import require

FORMAT = "{start-date}|{start-time}|{end-date}|{end-time}|{title}|{status}|{uid}"
CONFIG = """[calendars]
[[timeline]]
path = {vdir}
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
default_timezone = {zone}
local_timezone = {zone}
firstweekday = 0
[sqlite]
path = {db}
"""


def khal_path() -> str | None:
    beside = Path(sys.executable).parent / "khal"
    return str(beside) if beside.exists() else shutil.which("khal")


class Khal:
    """khal with its own vdir, database and configuration under ``folder``, in ``zone``."""

    def __init__(self, folder: Path, zone: str):
        exe = khal_path()
        require(exe is not None, "khal", "pip install khal (it is in the test extras)")
        self.exe, self.zone = exe, zone
        self.vdir = folder / "vdir"
        self.vdir.mkdir(parents=True)
        self.config = folder / "khal.conf"
        self.config.write_text(
            CONFIG.format(vdir=self.vdir, zone=zone, db=folder / "khal.db"), encoding="utf-8"
        )

    def run(self, *args: str) -> str:
        env = {
            **os.environ,
            "TZ": self.zone,
            "LC_ALL": "C.UTF-8",
            "LANG": "C.UTF-8",
            "XDG_CONFIG_HOME": str(self.config.parent),
            "XDG_DATA_HOME": str(self.vdir),
        }
        result = subprocess.run(
            [self.exe, "-c", str(self.config), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    def import_feed(self, path: Path) -> None:
        """``khal import --batch``: each event lands in the vdir, replacing one with its UID."""
        self.run("import", "--batch", "-a", "timeline", str(path))

    def events(self, first: str, last: str, once: bool = True) -> list[dict]:
        """``khal list`` between two days: one dict per line (each event once, or per day)."""
        args = ["list", "--day-format", "" if once else "DAY {date}", "--format", FORMAT]
        if once:
            args.append("--once")
        out = []
        day = None
        for line in self.run(*args, first, last).splitlines():
            if line.startswith("DAY "):
                day = line[4:].strip()
                continue
            if not line.strip():
                continue
            values = line.split("|")
            keys = ("start", "start_time", "end", "end_time", "title", "status", "uid")
            row = dict(zip(keys, (v.strip() for v in values), strict=True))
            row["day"] = day
            out.append(row)
        return out
