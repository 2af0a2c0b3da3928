"""Privacy: finding likely patient information (PHI) in questions. See phi.py."""

from consult.privacy.phi import PhiFinding, find_phi, phi_kinds, redact

__all__ = ["PhiFinding", "find_phi", "phi_kinds", "redact"]
