"""Guidance: findings about the codes and modifiers of a question, from the reference data.

Pure: `guide(question, reference)` reads reference facts through the `ReferenceData` protocol
(consult/drafts/reference.py adapts the store) and returns findings, intents and a short
answer. Every finding names its verdict, a reason a coder understands, and its source.
"""

from consult.guidance.engine import guide
from consult.guidance.model import Finding, Guidance, Line, ReferenceData, Verdict

__all__ = ["Finding", "Guidance", "Line", "ReferenceData", "Verdict", "guide"]
