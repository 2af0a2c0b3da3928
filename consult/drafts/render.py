"""Reply templates: templates/reply/<name>.subject.j2, .txt.j2 and .html.j2.

StrictUndefined everywhere, so a template that names a missing value fails loudly at render
time instead of sending a reply with a hole in it; autoescape for the HTML part only.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

PARTS = ("subject", "txt", "html")


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


@lru_cache(maxsize=4)
def environment(root: str) -> Environment:
    return Environment(
        loader=FileSystemLoader(root),
        undefined=StrictUndefined,
        autoescape=select_autoescape(enabled_extensions=("html.j2",), default=False),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def template_names(root: Path) -> list[str]:
    return sorted({p.name.split(".")[0] for p in (root / "reply").glob("*.j2")})


def render(root: Path, name: str, context: dict[str, Any]) -> Rendered:
    env = environment(str(root))
    out = [env.get_template(f"reply/{name}.{part}.j2").render(**context) for part in PARTS]
    subject = " ".join(out[0].split())
    return Rendered(subject=subject, text=out[1].strip() + "\n", html=out[2])
