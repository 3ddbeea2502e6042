"""The README's example queries return, over the committed build/, exactly what the README shows."""

import re

import pytest
from click.testing import CliRunner

from newsledger.cli import main

from conftest import REPO

EXAMPLE = re.compile(r'```sh\nnewsledger query "(?P<sql>.*?)"\n```\n\n```text\n(?P<output>.*?)\n```', re.DOTALL)
EXAMPLES = [(m["sql"], m["output"]) for m in EXAMPLE.finditer((REPO / "README.md").read_text(encoding="utf-8"))]


def test_readme_has_its_examples():
    assert len(EXAMPLES) >= 5


@pytest.mark.parametrize("sql, output", EXAMPLES, ids=[f"example-{i}" for i in range(len(EXAMPLES))])
def test_readme_query_output_is_real(sql, output):
    result = CliRunner().invoke(main, ["--root", str(REPO), "query", sql])
    assert result.exit_code == 0, result.output
    assert result.output.rstrip("\n") == output
