"""The built wheel is complete and works outside the checkout.

The wheel is built from this checkout, installed without dependencies into a fresh virtual
environment in a temporary folder (its dependencies are borrowed from the running
environment through a .pth file, so nothing is downloaded), and the installed ``munigraph``
command loads the demo, a document, and answers a query with the checkout out of reach.
"""

from __future__ import annotations

import json
import os
import site
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import CORPUS, needs_shared
from tests.test_layout import FOLDERS

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("munigraph-*.whl")
    return built


def test_the_wheel_holds_every_file_of_the_packages(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    tracked = subprocess.run(
        ["git", "ls-files", *FOLDERS, "munigraph"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.split()
    expected = {path if path.startswith("munigraph/") else f"munigraph/{path}" for path in tracked}
    missing = sorted(path for path in expected if path not in names)
    assert missing == []
    assert not any(name.split("/")[0] in FOLDERS for name in names), "no generic top-level package is installed"


def test_the_installed_command_loads_and_answers(wheel: Path, tmp_path: Path) -> None:
    needs_shared(CORPUS)
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([python, "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)], check=True)
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    borrowed = [p for p in site.getsitepackages() if Path(p).is_dir()]
    Path(purelib, "borrowed-dependencies.pth").write_text("\n".join(borrowed) + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MUNIGRAPH_", "NEO4J_"))}
    env["MUNIGRAPH_DB"] = str(tmp_path / "db")
    command = [str(env_dir / "bin" / "munigraph")]

    def run(*args: str) -> str:
        done = subprocess.run([*command, *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr
        return done.stdout

    where = subprocess.run(
        [python, "-c", "import munigraph.graph.store as m; print(m.__file__)"],
        cwd=tmp_path, env=env, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    assert where.startswith(purelib), where
    try:
        run("load", "--demo")
        run("load", str(CORPUS / "peace-talks-2022-04-01.fr.txt"))
        counts = json.loads(run("--format", "json", "stats"))
        assert counts["nodes"]["Document"] >= 1 and counts["relationships"]["TWINNED_WITH"] >= 1
        rows = json.loads(
            run("--format", "json", "query", "attendees", "-p", "event=dialogues municipaux de CGLU pour la paix")
        )
        assert "Vasu Gounden" in {row["name"] for row in rows}
    finally:
        # the installed engine (started by the first load) stops now, not after its idle period
        subprocess.run([*command, "stop"], cwd=tmp_path, env=env, capture_output=True, timeout=600)
    subprocess.run([python, "-m", "munigraph", "--help"], cwd=tmp_path, env=env, check=True, capture_output=True)
