"""One validated settings object: config/consult.toml plus CONSULT_* environment variables.

Precedence (highest first): environment, the TOML file, defaults. Secrets (passwords, the
secret key) are read from the environment only; putting one in the TOML file is an error, so
a config file can be committed or shared without leaking credentials.
"""

from __future__ import annotations

import os
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

SECRET_FIELDS = frozenset({"imap_password", "smtp_password", "secret_key"})
DEFAULT_CONFIG = Path("config/consult.toml")


class SettingsError(Exception):
    """A setting has a bad value; the message names the setting and the fix."""


class _TomlSource(PydanticBaseSettingsSource):
    """Reads flat keys from the TOML file named by CONSULT_CONFIG (default config/consult.toml)."""

    def __init__(self, settings_cls: type[BaseSettings]) -> None:
        super().__init__(settings_cls)
        self.path = Path(os.environ.get("CONSULT_CONFIG", str(DEFAULT_CONFIG)))
        self.data = self._load()

    def _load(self) -> dict[str, Any]:
        if not self.path.exists():
            if "CONSULT_CONFIG" in os.environ:
                raise SettingsError(f"CONSULT_CONFIG: file {self.path} does not exist")
            return {}
        try:
            data = tomllib.loads(self.path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise SettingsError(f"{self.path}: not valid TOML ({exc})") from exc
        flat: dict[str, Any] = {}
        for key, value in data.items():
            # [imap] host = "x"  is the same as  imap_host = "x"
            if isinstance(value, dict):
                for sub, subvalue in value.items():
                    flat[f"{key}_{sub}"] = subvalue
            else:
                flat[key] = value
        leaked = SECRET_FIELDS & flat.keys()
        if leaked:
            names = ", ".join(f"CONSULT_{n.upper()}" for n in sorted(leaked))
            raise SettingsError(
                f"{self.path}: secrets must come from the environment, not the config file: {names}"
            )
        unknown = flat.keys() - Settings.model_fields.keys()
        if unknown:
            raise SettingsError(f"{self.path}: unknown setting(s): {', '.join(sorted(unknown))}")
        return flat

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return self.data.get(field_name), field_name, False

    def __call__(self) -> dict[str, Any]:
        return dict(self.data)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CONSULT_", extra="ignore", frozen=True)

    # Storage and broker
    data_dir: Path = Path("var")
    database_url: str = ""  # empty: sqlite file under data_dir
    broker_url: str = ""  # empty: embedded broker on SQLite under data_dir

    # Identity
    address: str = "consult@localhost"
    domain: str = "localhost"
    display_name: str = "Consult"
    secret_key: SecretStr = SecretStr("")  # empty: generated once and kept in data_dir

    # IMAP mailbox (the poller runs only when imap_host is set)
    imap_host: str = ""
    imap_port: int = Field(993, ge=1, le=65535)
    imap_user: str = ""
    imap_password: SecretStr = SecretStr("")
    imap_ssl: bool = True
    imap_folder: str = "INBOX"
    imap_processed_folder: str = ""  # empty: leave mail in place, flag it \Seen
    imap_sent_folder: str = "Sent"
    imap_idle_seconds: int = Field(300, ge=5, le=1740)  # RFC 2177: re-issue IDLE within 29 min
    imap_poll_seconds: int = Field(30, ge=1)  # when the server has no IDLE
    imap_batch: int = Field(100, ge=1, le=5000)

    # SMTP relay for replies (empty host: write replies to outbox_dir and print them)
    smtp_host: str = ""
    smtp_port: int = Field(587, ge=1, le=65535)
    smtp_user: str = ""
    smtp_password: SecretStr = SecretStr("")
    smtp_security: Literal["starttls", "ssl", "none"] = "starttls"
    smtp_timeout: float = Field(30.0, gt=0)
    outbox_dir: Path | None = None  # default: data_dir/outbox

    # Inbound SMTP gateway (aiosmtpd)
    gateway_host: str = "127.0.0.1"
    gateway_port: int = Field(2525, ge=0, le=65535)
    max_message_bytes: int = Field(10 * 1024 * 1024, ge=1024)

    # Reliability
    reconcile_after_seconds: int = Field(120, ge=5)
    reconcile_every_seconds: int = Field(60, ge=1)
    task_time_limit: int = Field(300, ge=10)

    # Review: a new item is due this long after its draft; past due it is escalated (priority
    # high, an "escalated" event) by the reconciler's beat
    review_sla_minutes: int = Field(240, ge=1, le=60 * 24 * 30)

    # Reply templates (operators edit these); empty: the templates/ folder of this checkout
    templates_dir: Path | None = None

    # Mail handling (docs/mail-handling.md lists each rule and its setting)
    address_aliases: list[str] = []  # other addresses of ours (loop detection)
    redis_url: str = ""  # quota counters; empty: the broker when it is Redis, else database only
    unknown_senders: Literal["serve", "register", "quarantine"] = "serve"
    unknown_sender_tier: str = "open"  # the tier an unknown sender is served under ("serve")
    tier_quotas: dict[str, str] = {
        "open": "unlimited",
        "guest": "1/total",
        "trial": "1/total",
        "registered": "5/month",
        "standard": "unlimited",
        "priority": "unlimited",
        "enterprise": "unlimited",
    }
    registration_url: str = ""  # named in the registration reply when set
    notice_max_per_sender_per_day: int = Field(3, ge=0)  # automatic replies to one address
    loop_window_seconds: int = Field(600, ge=10)
    loop_max_per_sender: int = Field(40, ge=1)  # questions from one address per window
    loop_max_per_case: int = Field(10, ge=1)  # inbound messages on one case per window
    reopen_closed_cases: bool = True  # False: a follow-up to a closed case starts a new one
    new_subject_starts_case: bool = True  # a reply whose subject is a new topic: new case
    parse_max_depth: int = Field(20, ge=2, le=200)
    parse_max_parts: int = Field(500, ge=1)
    parse_max_seconds: float = Field(20.0, gt=0)
    phi_detection: bool = True

    # Web queue
    web_host: str = "127.0.0.1"
    web_port: int = Field(8025, ge=0, le=65535)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, _TomlSource(settings_cls))

    @field_validator("address")
    @classmethod
    def _address_has_domain(cls, value: str) -> str:
        local, at, domain = value.partition("@")
        if not (local and at and domain) or " " in value:
            raise ValueError("must be an email address such as consult@example.org")
        return value

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: str) -> str:
        if value and not value.startswith(("sqlite", "postgresql")):
            raise ValueError("must start with sqlite:/// or postgresql+psycopg://")
        return value

    @field_validator("broker_url")
    @classmethod
    def _known_broker(cls, value: str) -> str:
        if value and not value.startswith(("redis://", "rediss://", "amqp://", "sqla+")):
            raise ValueError("must be a redis://, amqp:// or sqla+sqlite:/// URL")
        return value

    @field_validator("tier_quotas")
    @classmethod
    def _quotas_readable(cls, value: dict[str, str]) -> dict[str, str]:
        from consult.cases.senders import parse_quota

        for tier, spec in value.items():
            try:
                parse_quota(spec)
            except ValueError as exc:
                raise ValueError(f"tier {tier!r}: {exc}") from None
        return value

    @model_validator(mode="after")
    def _imap_complete(self) -> Settings:
        if self.imap_host and not self.imap_user:
            raise ValueError("CONSULT_IMAP_USER is required when CONSULT_IMAP_HOST is set")
        return self

    # Derived values -------------------------------------------------------------------------
    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'consult.db').resolve()}"

    @property
    def broker(self) -> str:
        return self.broker_url or f"sqla+sqlite:///{(self.data_dir / 'broker.db').resolve()}"

    @property
    def outbox(self) -> Path:
        return self.outbox_dir or self.data_dir / "outbox"

    @property
    def templates(self) -> Path:
        if self.templates_dir:
            return self.templates_dir
        return _BUNDLED_TEMPLATES if _BUNDLED_TEMPLATES.is_dir() else Path("templates")

    @property
    def imap_enabled(self) -> bool:
        return bool(self.imap_host)


_BUNDLED_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def _describe(exc: ValidationError) -> str:
    lines = []
    for err in exc.errors():
        field = ".".join(str(p) for p in err["loc"]) or "settings"
        name = f"CONSULT_{field.upper()}" if field != "settings" else "settings"
        shown = "hidden" if field in SECRET_FIELDS else repr(err.get("input"))
        lines.append(f"{name}: {err['msg']} (got {shown})")
    return "; ".join(lines)


def load_settings(**overrides: Any) -> Settings:
    """Build and validate settings, raising SettingsError that names the bad setting."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        raise SettingsError(_describe(exc)) from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()


def reset_settings_cache() -> None:
    get_settings.cache_clear()
