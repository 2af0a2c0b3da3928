"""Code mentions in question text: `extract` finds them (see docs/extraction.md)."""

from consult.codes import compiled

compiled.install()  # the mypyc build of the extractor's modules, when it matches the sources
