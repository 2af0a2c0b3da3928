"""The extractor's modules compiled with mypyc, used only while they match their sources.

`scripts/build_compiled.py` (run by `scripts/setup.sh`) compiles the six modules below with
mypyc into `build/compiled/` beside the package, outside it, so that Python's own importer
never finds them, and writes a manifest of what it compiled: each source file's SHA-256 and
the interpreter's extension suffix (and, for the record, the mypy version that compiled them). `install()` (called when
`consult.codes` is imported) puts a finder in front of the import system that loads those
extension modules instead of the `.py` files, but only when every source still has the hash it
was compiled from. An edited source, another Python, a missing file or
`CONSULT_PURE_PYTHON=1` leaves the plain modules in charge: a stale build is never run.
Both builds give the same extractions (tests/codes/test_compiled.py compares them).
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import sysconfig
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

# In import order: each imports only those before it and the standard library.
MODULES = ("vocabulary", "icd", "context", "dates", "modifiers", "extract")
PACKAGE = "consult.codes"
GROUP = "consult_codes"  # mypyc's shared library for the lot is f"{GROUP}__mypyc"
ENV_PURE = "CONSULT_PURE_PYTHON"
ENV_DIR = "CONSULT_COMPILED_DIR"
SOURCES = Path(__file__).resolve().parent

# What install() decided, for the workers' start-up log and the benchmarks: "compiled" or
# "pure Python (<reason>)".
status = "pure Python (not checked)"


def default_dir() -> Path:
    """build/compiled/ in the checkout that holds the package (CONSULT_COMPILED_DIR overrides)."""
    override = os.environ.get(ENV_DIR)
    return Path(override) if override else SOURCES.parents[1] / "build" / "compiled"


def source_hashes(sources: Path = SOURCES) -> dict[str, str]:
    return {
        name: hashlib.sha256((sources / f"{name}.py").read_bytes()).hexdigest() for name in MODULES
    }


def expected_manifest(sources: Path = SOURCES) -> dict[str, object]:
    """What a build of these sources for this interpreter must carry in its manifest."""
    return {"modules": source_hashes(sources), "ext_suffix": sysconfig.get_config_var("EXT_SUFFIX")}


def extension_paths(build: Path) -> dict[str, Path]:
    """Module name -> extension file, for the modules and mypyc's shared library."""
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    modules = build / "lib" / "consult" / "codes"
    paths = {f"{PACKAGE}.{name}": modules / f"{name}{suffix}" for name in MODULES}
    paths[f"{GROUP}__mypyc"] = build / "lib" / f"{GROUP}__mypyc{suffix}"
    return paths


def check(build: Path, sources: Path = SOURCES) -> str | None:
    """None when the build in `build` matches the sources and this interpreter, else why not."""
    try:
        manifest = json.loads((build / "manifest.json").read_text())
    except FileNotFoundError:
        return f"no build in {build}"
    except (OSError, ValueError) as exc:
        return f"unreadable manifest in {build}: {exc}"
    if not isinstance(manifest, dict):
        return f"unreadable manifest in {build}"
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    if manifest.get("ext_suffix") != suffix:
        return f"built for {manifest.get('ext_suffix')!r} extensions, this Python loads {suffix!r}"
    built = manifest.get("modules")
    stale = [
        name
        for name, digest in source_hashes(sources).items()
        if not isinstance(built, dict) or built.get(name) != digest
    ]
    if stale:
        return f"sources changed since the build: {', '.join(stale)}"
    missing = [p.name for p in extension_paths(build).values() if not p.is_file()]
    if missing:
        return f"missing from the build: {', '.join(missing)}"
    return None


class _Finder(importlib.abc.MetaPathFinder):
    def __init__(self, paths: dict[str, Path]) -> None:
        self.paths = paths

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None = None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        found = self.paths.get(fullname)
        if found is None:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(found))
        return importlib.util.spec_from_file_location(fullname, found, loader=loader)


def install(build: Path | None = None) -> str:
    """Load the compiled modules from now on when the build matches; returns `status`."""
    global status
    if any(f"{PACKAGE}.{name}" in sys.modules for name in MODULES):
        return status  # too late to choose: the plain modules are in use
    if os.environ.get(ENV_PURE, "").strip() not in ("", "0"):
        status = f"pure Python ({ENV_PURE} is set)"
        return status
    build = build or default_dir()
    reason = check(build)
    if reason is not None:
        status = f"pure Python ({reason})"
        return status
    if not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.insert(0, _Finder(extension_paths(build)))
    status = "compiled"
    return status


def in_use() -> bool:
    """Whether the loaded extract module is the compiled one."""
    module = sys.modules.get(f"{PACKAGE}.extract")
    return module is not None and not str(getattr(module, "__file__", "")).endswith(".py")
