"""S/MIME opaque-signed mail: the signed content of a CMS signed-data structure.

The signature is not verified (the message is flagged `smime_unverified`); we only need the
text inside to answer the question.
"""

from __future__ import annotations

import re


def signed_content(der: bytes) -> bytes | None:
    """The encapsulated content of a PKCS#7 signed-data blob (DER or BER), or None."""
    found: list[bytes] = []
    try:
        _walk_der(der, 0, len(der), found, 0)
    except (IndexError, ValueError):
        return None
    for blob in found:
        if re.match(rb"\s*(content-|mime-version)", blob, re.I):
            return blob
    return None


def _walk_der(data: bytes, start: int, end: int, found: list[bytes], depth: int) -> int:
    pos = start
    while pos < end:
        if depth > 30:
            raise ValueError("too deep")
        tag = data[pos]
        if tag == 0 and pos + 1 < end and data[pos + 1] == 0:
            return pos + 2  # end-of-contents of an indefinite-length value
        pos += 1
        length = data[pos]
        pos += 1
        if length == 0x80:
            if tag & 0x20:
                inner: list[bytes] = []
                pos = _walk_der(data, pos, end, inner, depth + 1)
                if tag in (0x24,):  # constructed OCTET STRING: the pieces make one value
                    found.append(b"".join(inner))
                found.extend(inner)
                continue
            raise ValueError("indefinite length on a primitive value")
        if length & 0x80:
            n = length & 0x7F
            length = int.from_bytes(data[pos : pos + n], "big")
            pos += n
        value_end = pos + length
        if value_end > end:
            raise ValueError("value runs past its container")
        if tag == 0x04:
            found.append(data[pos:value_end])
        elif tag & 0x20:
            inner = []
            _walk_der(data, pos, value_end, inner, depth + 1)
            if tag == 0x24:
                found.append(b"".join(inner))
            found.extend(inner)
        pos = value_end
    return pos
