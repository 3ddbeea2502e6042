"""The CI workflows pass actionlint, and the codebook is in step with the descriptor."""

import shutil
import subprocess
import sys
from pathlib import Path

from newsledger.codebook import render_codebook
from newsledger.metadata import load_package

from conftest import REPO


def test_workflows_pass_actionlint():
    actionlint = shutil.which("actionlint") or str(Path(sys.executable).parent / "actionlint")
    workflows = sorted(str(path) for path in (REPO / ".github" / "workflows").glob("*.yml"))
    assert len(workflows) == 2
    result = subprocess.run([actionlint, *workflows], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_codebook_is_generated_from_the_descriptor():
    expected = render_codebook(load_package(REPO / "datapackage.json"))
    assert (REPO / "docs" / "codebook.md").read_text(encoding="utf-8") == expected, "run `newsledger codebook`"


def test_codebook_gives_every_enum_value_its_meaning():
    package = load_package(REPO / "datapackage.json")
    text = render_codebook(package)
    for table in package.tables:
        for field in table.fields:
            enum = field.get("constraints", {}).get("enum")
            if enum:
                assert [c["value"] for c in field["categories"]] == enum
                for category in field["categories"]:
                    assert f"| `{category['value']}` | {category['label']} |" in text
