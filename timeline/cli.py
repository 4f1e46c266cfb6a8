"""The ``timeline`` command (provisional: extract and eval)."""

from __future__ import annotations

import json
import sys

import click

from .errors import TimelineError


@click.group()
def cli() -> None:
    """Timeline: dated events from news articles."""


@cli.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the whole report as JSON.")
@click.option("-v", "--verbose", is_flag=True, help="List every mismatch.")
def eval(gold: str, as_json: bool, verbose: bool) -> None:  # noqa: A001
    """Score extraction against a gold file (shared/corpus format)."""
    from .evaluate import evaluate, format_report
    from .pipeline import analyse_file

    def extract(path: str) -> dict:
        return analyse_file(path)[0].to_json()

    report = evaluate(gold, extract)
    click.echo(json.dumps(report, ensure_ascii=False, indent=2) if as_json
               else format_report(report, verbose))


def main() -> None:
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        sys.exit(1)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except TimelineError as e:
        click.echo(f"Error: {e.message}", err=True)
        sys.exit(1)
