"""Compile the extractor's modules with mypyc into build/compiled/ (see consult/codes/compiled.py).

    .venv/bin/python scripts/build_compiled.py [--force] [--build-dir DIR]

Does nothing when the build there already matches the sources. The modules are copied into a
staging folder and compiled from there (mypy reads only the staging folder's settings, and the
build is exactly the bytes its manifest names); the finished extensions replace the old ones
and the manifest is written last, so a process that starts meanwhile runs the plain modules.
The compiler's output goes to build.log in the build folder. Exit status 0 when the build is
ready, 1 with the log's tail when it is not (Consult then runs the plain modules).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from consult.codes import compiled  # noqa: E402

_MYPY_SETTINGS = "[mypy]\nignore_missing_imports = True\n"


def _compile_staged(stage: Path, lib: Path) -> None:
    """Run in a child process, in `stage`: mypyc and setuptools put the extensions in `lib`."""
    from mypyc.build import mypycify
    from setuptools import setup

    os.chdir(stage)
    modules = mypycify(
        [f"consult/codes/{name}.py" for name in compiled.MODULES],
        group_name=compiled.GROUP,
        target_dir="c",
        multi_file=True,  # several C files, compiled side by side with --parallel
    )
    setup(
        name="consult-codes-compiled",
        ext_modules=modules,
        script_args=[
            "build_ext",
            "--build-lib",
            str(lib),
            "--build-temp",
            str(stage / "tmp"),
            "--parallel",
            str(os.cpu_count() or 1),
        ],
    )


def _stage(stage: Path) -> dict[str, str]:
    """Copy the modules into `stage` as a package of their own; returns their hashes."""
    shutil.rmtree(stage, ignore_errors=True)
    package = stage / "consult" / "codes"
    package.mkdir(parents=True)
    (stage / "consult" / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")  # not the real one: it would install the finder
    for name in compiled.MODULES:
        shutil.copyfile(compiled.SOURCES / f"{name}.py", package / f"{name}.py")
    (stage / "mypy.ini").write_text(_MYPY_SETTINGS)
    return compiled.source_hashes(package)


def build(target: Path, *, force: bool = False) -> int:
    reason = compiled.check(target)
    if reason is None and not force:
        print(f"build_compiled: {target} is up to date")
        return 0
    target.mkdir(parents=True, exist_ok=True)
    stage, fresh, log_path = target / "stage", target / "lib.new", target / "build.log"
    hashes = _stage(stage)
    shutil.rmtree(fresh, ignore_errors=True)
    print(f"build_compiled: compiling consult.codes with mypyc ({reason or 'forced'})")
    with log_path.open("w") as log:
        done = subprocess.run(
            [sys.executable, __file__, "--compile-staged", str(stage), str(fresh)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    if done.returncode != 0:
        tail = log_path.read_text(errors="replace").splitlines()[-15:]
        print("\n".join(["build_compiled: mypyc failed; the plain modules stay in use", *tail]))
        return 1
    (target / "manifest.json").unlink(missing_ok=True)
    shutil.rmtree(target / "lib", ignore_errors=True)
    fresh.rename(target / "lib")
    manifest = dict(compiled.expected_manifest(), modules=hashes, mypy=_mypy_version())
    (target / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    shutil.rmtree(stage, ignore_errors=True)
    reason = compiled.check(target)
    if reason is not None:
        print(f"build_compiled: built, but not usable: {reason}")
        return 1
    print(f"build_compiled: ready in {target}")
    return 0


def _mypy_version() -> str:
    from mypy.version import __version__

    return __version__


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rebuild even when up to date")
    parser.add_argument("--build-dir", type=Path, default=None)
    parser.add_argument("--compile-staged", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.compile_staged:
        _compile_staged(*args.compile_staged)
        return 0
    return build((args.build_dir or compiled.default_dir()).resolve(), force=args.force)


if __name__ == "__main__":
    raise SystemExit(main())
