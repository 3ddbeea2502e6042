"""Rewrite the output blocks of README.md's `newsledger query` examples with their real output
over the committed build/ (tests/test_readme.py checks that they match).

    python tools/update_readme.py
"""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from newsledger.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = re.compile(r'(```sh\nnewsledger query "(?P<sql>.*?)"\n```\n\n```text\n)(?P<output>.*?)(\n```)', re.DOTALL)


def rerun(match: re.Match) -> str:
    result = CliRunner().invoke(main, ["--root", str(ROOT), "query", match["sql"]])
    if result.exit_code != 0:
        raise SystemExit(f"example failed: {match['sql']}\n{result.output}")
    return match.group(1) + result.output.rstrip("\n") + match.group(4)


def main_() -> None:
    readme = ROOT / "README.md"
    readme.write_text(EXAMPLE.sub(rerun, readme.read_text(encoding="utf-8")), encoding="utf-8")


if __name__ == "__main__":
    main_()
