"""The mypyc build of the extractor (consult/codes/compiled.py): it gives the plain modules'
answers, and it is never run once it no longer matches its sources."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Any

import pytest

from consult.codes import compiled
from tests.codes.hard_cases import CASES

ROOT = Path(__file__).resolve().parents[2]
CORPORA = [ROOT.parent / "shared" / "corpus" / "questions", Path(__file__).parent / "heldout"]

# Extracts every email of the folders and every text of a JSON list, as the process's
# consult.codes loads the extractor; prints the build it used and the extractions.
_DUMP = """
import json, sys
from pathlib import Path
from consult.codes import compiled
from consult.codes.extract import extract, question_text
from consult.mail.parse import parse_message
texts_file, folders = sys.argv[1], sys.argv[2:]
results = []
for folder in folders:
    for path in sorted(Path(folder).glob("*.eml")):
        msg = parse_message(path.read_bytes())
        results.append(extract(question_text(msg.subject, msg.new_text)).to_json(path.name))
for i, text in enumerate(json.loads(Path(texts_file).read_text())):
    results.append(extract(text).to_json(str(i)))
print(json.dumps({"status": compiled.status, "compiled": compiled.in_use(), "results": results}))
"""


def _run(env: dict[str, str], texts_file: Path, *folders: Path) -> dict[str, Any]:
    clean = {k: v for k, v in os.environ.items() if k not in (compiled.ENV_PURE, compiled.ENV_DIR)}
    done = subprocess.run(
        [sys.executable, "-c", _DUMP, str(texts_file), *map(str, folders)],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The build set-up made when it matches the sources, else a fresh one (about 20 s)."""
    made = compiled.default_dir()
    if compiled.check(made) is None:
        return made
    made = tmp_path_factory.mktemp("compiled")
    done = subprocess.run(
        [sys.executable, "scripts/build_compiled.py", "--build-dir", str(made)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return made


@pytest.fixture
def texts(tmp_path: Path) -> Path:
    path = tmp_path / "texts.json"
    path.write_text(json.dumps([text for _, text, _ in CASES]))
    return path


def test_the_compiled_and_plain_modules_extract_the_same(build: Path, texts: Path) -> None:
    fast = _run({compiled.ENV_DIR: str(build)}, texts, *CORPORA)
    plain = _run({compiled.ENV_DIR: str(build), compiled.ENV_PURE: "1"}, texts, *CORPORA)
    assert (fast["status"], fast["compiled"]) == ("compiled", True)
    assert plain["compiled"] is False and compiled.ENV_PURE in plain["status"]
    emails = sum(len(list(folder.glob("*.eml"))) for folder in CORPORA)
    assert emails >= 790 and len(fast["results"]) == emails + len(CASES)
    assert sum(len(r["codes"]) for r in fast["results"]) > 1000
    for got, want in zip(fast["results"], plain["results"], strict=True):
        assert got == want


def test_a_build_older_than_its_sources_is_not_run(
    build: Path, texts: Path, tmp_path: Path
) -> None:
    stale = tmp_path / "stale"
    shutil.copytree(build, stale, ignore=shutil.ignore_patterns("stage", "lib.new"))
    manifest = json.loads((stale / "manifest.json").read_text())
    manifest["modules"]["modifiers"] = "0" * 64  # as if modifiers.py changed after the build
    (stale / "manifest.json").write_text(json.dumps(manifest))
    texts.write_text(json.dumps(["Can I bill 99214-25 with 20610-RT?"]))
    ran = _run({compiled.ENV_DIR: str(stale)}, texts)
    assert ran["compiled"] is False
    assert ran["status"] == "pure Python (sources changed since the build: modifiers)"
    assert ran["results"][0]["modifiers"] == ["25", "RT"]


def test_check_says_why_a_build_cannot_be_used(tmp_path: Path) -> None:
    sources, build = tmp_path / "src", tmp_path / "build"
    sources.mkdir()
    for name in compiled.MODULES:
        shutil.copyfile(compiled.SOURCES / f"{name}.py", sources / f"{name}.py")
    assert compiled.check(build, sources) == f"no build in {build}"
    build.mkdir()
    (build / "manifest.json").write_text("{not json")
    assert str(compiled.check(build, sources)).startswith("unreadable manifest")
    manifest: dict[str, object] = {**compiled.expected_manifest(sources), "ext_suffix": ".pyd"}
    (build / "manifest.json").write_text(json.dumps(manifest))
    assert "this Python loads" in str(compiled.check(build, sources))
    (build / "manifest.json").write_text(json.dumps(compiled.expected_manifest(sources)))
    assert str(compiled.check(build, sources)).startswith("missing from the build: ")
    for path in compiled.extension_paths(build).values():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()
    assert compiled.check(build, sources) is None
    with (sources / "dates.py").open("a") as edited:
        edited.write("\n# edited\n")
    assert compiled.check(build, sources) == "sources changed since the build: dates"
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    assert compiled.extension_paths(build)["consult.codes.extract"].name == f"extract{suffix}"
