"""Faults lose nothing: `newsledger build` killed with SIGKILL at 20 moments of its run leaves
build/ byte-identical to the old build or the new one, and valid; two builds never run at once."""

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from newsledger.atomic import exclusive
from newsledger.cli import main
from newsledger.project import LOCK_FILE

from conftest import SEED_ID

KILLS = 20
NEWSLEDGER = [sys.executable, "-c", "from newsledger.cli import main; main()"]


def published(build: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(build.iterdir()) if p.suffix in (".csv", ".parquet")}


def run(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*NEWSLEDGER, "--root", str(root), *args], capture_output=True, text=True)


def test_sigkill_at_twenty_moments_leaves_the_old_or_the_new_build(project, tmp_path):
    old_sources, new_sources, old_build_copy = tmp_path / "old-sources", tmp_path / "new-sources", tmp_path / "old-build"
    shutil.copytree(project.sources, old_sources)
    shutil.copytree(project.build, old_build_copy)
    old_build = published(project.build)
    curation = project.sources / SEED_ID / "curation.yaml"
    curation.write_text(curation.read_text(encoding="utf-8").replace("Israel attacked Gaza", "Israel struck Gaza"),
                        encoding="utf-8")
    shutil.copytree(project.sources, new_sources)

    started = time.perf_counter()
    assert run(project.root, "build").returncode == 0
    duration = time.perf_counter() - started
    new_build = published(project.build)
    assert new_build != old_build

    outcomes = []
    for moment in range(KILLS):
        shutil.rmtree(project.build)
        shutil.copytree(old_build_copy, project.build)
        process = subprocess.Popen([*NEWSLEDGER, "--root", str(project.root), "build"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(duration * moment / KILLS)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        state = published(project.build)
        assert state in (old_build, new_build), f"killed at {moment}/{KILLS}: build/ is neither the old nor the new build"
        outcome = "old" if state == old_build else "new"
        outcomes.append(outcome)
        # validate the build against the sources that made it
        shutil.rmtree(project.sources)
        shutil.copytree(old_sources if outcome == "old" else new_sources, project.sources)
        validation = run(project.root, "validate")
        assert validation.returncode == 0, f"killed at {moment}/{KILLS} ({outcome} build): {validation.stderr}"
        shutil.rmtree(project.sources)
        shutil.copytree(new_sources, project.sources)
    assert "old" in outcomes


def test_a_second_build_is_turned_away_while_one_runs(project):
    with exclusive(project.root / LOCK_FILE, "newsledger build"):
        result = CliRunner().invoke(main, ["--root", str(project.root), "build"])
    assert result.exit_code == 2
    assert f"another newsledger command is writing this project (newsledger build, pid {os.getpid()})" in result.output
    assert "wait for it to finish" in result.output
