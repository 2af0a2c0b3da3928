"""Case tokens: the subject tag, the plus-address reply token, and our Message-IDs.

The reply token is HMAC-signed so a stranger cannot guess their way onto someone else's case;
the subject tag is only trusted from the case's own requester (see threader.py).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import uuid

SUBJECT_TAG = re.compile(r"\[Consult #(\d{1,12})\]", re.I)
_REPLY_TOKEN = re.compile(r"^(?P<local>[^+@]+)\+c(?P<case>\d{1,12})-(?P<sig>[0-9a-f]{10})@", re.I)


def subject_tag(case_id: int) -> str:
    return f"[Consult #{case_id}]"


def case_from_subject(subject: str) -> int | None:
    match = SUBJECT_TAG.search(subject)
    return int(match.group(1)) if match else None


def _sign(case_id: int, key: bytes) -> str:
    return hmac.new(key, f"case:{case_id}".encode(), hashlib.sha256).hexdigest()[:10]


def reply_address(address: str, case_id: int, key: bytes) -> str:
    local, _, domain = address.partition("@")
    return f"{local}+c{case_id}-{_sign(case_id, key)}@{domain}"


def case_from_addresses(addresses: tuple[str, ...], key: bytes) -> int | None:
    for addr in addresses:
        match = _REPLY_TOKEN.match(addr)
        if match and hmac.compare_digest(match["sig"].lower(), _sign(int(match["case"]), key)):
            return int(match["case"])
    return None


def new_message_id(domain: str) -> str:
    return f"<consult.{uuid.uuid4().hex}@{domain}>"


def reply_subject(subject: str, case_id: int | None) -> str:
    """`Re: <subject without Re:/Fwd: prefixes or our tag> [Consult #N]` (no tag without a case)."""
    base = SUBJECT_TAG.sub("", subject).strip()
    base = re.sub(r"^((re|aw|sv|fw|fwd)\s*:\s*)+", "", base, flags=re.I).strip() or "Your question"
    return f"Re: {base} {subject_tag(case_id)}" if case_id else f"Re: {base}"
