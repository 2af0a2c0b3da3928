"""One importer per CMS file family; `import_file` loads one file in the caller's transaction."""

from __future__ import annotations

from types import ModuleType

from consult.reference.importers import aoc, hcpcs, icd10cm, mue, pfs, ptp, telehealth
from consult.reference.importers.common import ImportFileError, ParsedFile

KINDS: dict[str, ModuleType] = {
    "pfs": pfs,
    "ptp": ptp,
    "mue": mue,
    "aoc": aoc,
    "hcpcs": hcpcs,
    "icd10cm": icd10cm,
    "telehealth": telehealth,
}

__all__ = ["KINDS", "ImportFileError", "ParsedFile"]
