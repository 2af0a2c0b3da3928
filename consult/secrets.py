"""The installation's secret key: from CONSULT_SECRET_KEY, else generated once into data_dir."""

from __future__ import annotations

import os
import secrets
from functools import lru_cache

from consult.settings import get_settings


@lru_cache(maxsize=1)
def secret_key() -> bytes:
    settings = get_settings()
    configured = settings.secret_key.get_secret_value()
    if configured:
        return configured.encode()
    path = settings.data_dir / "secret.key"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    if not path.exists():
        tmp.write_text(secrets.token_hex(32))
        os.chmod(tmp, 0o600)
        try:
            os.link(tmp, path)  # atomic: the first process to get here wins, others read its key
        except FileExistsError:
            pass
        finally:
            tmp.unlink(missing_ok=True)
    return path.read_text().strip().encode()
