"""Reviewer accounts: argon2 password hashes, sign-in with rate limiting, user management.

Shared by the sign-in page and `consult users`. Every function takes the caller's session and
leaves the commit to the caller's `session_scope`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Mapped
from sqlmodel import Session, col

from consult.models import utcnow
from consult.web.tables import LoginAttempt, Role, WebUser

HASHER = PasswordHasher()
# A hash to verify against when the name is unknown, so both cases take the same time.
_DUMMY_HASH = HASHER.hash("not a password")
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,119}$")
MIN_PASSWORD = 10
WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_USER = 5
MAX_FAILURES_PER_CLIENT = 20


class AccountError(Exception):
    """A user-management request that cannot be done; the message says why."""


class SignInRefused(Exception):
    """Wrong name or password, a disabled account, or too many attempts; safe to show."""


@dataclass(frozen=True)
class SignedIn:
    """Who is signed in; `stamp` changes with the password, ending older sessions."""

    id: int
    username: str
    role: str
    groups: tuple[str, ...]
    stamp: str

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN


def password_stamp(user: WebUser) -> str:
    return hashlib.sha256(f"{user.password_hash}|{user.active}".encode()).hexdigest()[:16]


def signed_in(user: WebUser) -> SignedIn:
    return SignedIn(user.id, user.username, user.role, tuple(user.groups.split()), password_stamp(user))  # type: ignore[arg-type]


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password must have at least {MIN_PASSWORD} characters")


def _user(session: Session, username: str) -> WebUser:
    user = session.execute(select(WebUser).where(col(WebUser.username) == username.lower())).scalar()
    if user is None:
        raise AccountError(f"no user named {username!r}; `consult users list` shows them")
    return user


def add_user(session: Session, username: str, password: str, role: str = Role.REVIEWER, groups: str = "") -> WebUser:
    username = username.strip().lower()
    if not USERNAME.match(username):
        raise AccountError("a username is lower-case letters, digits, '.', '_' or '-' (at most 120)")
    if role not in tuple(Role):
        raise AccountError(f"unknown role {role!r}; use one of {', '.join(Role)}")
    _check_password(password)
    if session.execute(select(col(WebUser.id)).where(col(WebUser.username) == username)).scalar() is not None:
        raise AccountError(f"a user named {username!r} already exists; use `consult users passwd`")
    user = WebUser(username=username, password_hash=HASHER.hash(password), role=role, groups=" ".join(groups.split()))
    session.add(user)
    session.flush()
    return user


def set_password(session: Session, username: str, password: str) -> None:
    _check_password(password)
    user = _user(session, username)
    user.password_hash = HASHER.hash(password)
    user.password_changed_at = utcnow()
    session.add(user)


def set_active(session: Session, username: str, active: bool) -> None:
    user = _user(session, username)
    user.active = active
    session.add(user)


def set_groups(session: Session, username: str, groups: list[str]) -> str:
    """Replace a user's reviewer groups; returns them as stored (one word each, lower case)."""
    names = [g.strip().lower() for g in groups if g.strip()]
    bad = [g for g in names if not g.replace("-", "").replace("_", "").isalnum() or len(g) > 60]
    if bad:
        raise AccountError(f"a group name is one word of letters, digits, - or _ (got {', '.join(bad)})")
    user = _user(session, username)
    user.groups = " ".join(dict.fromkeys(names))[:500]
    session.add(user)
    return user.groups


def list_users(session: Session) -> list[WebUser]:
    return list(session.execute(select(WebUser).order_by(col(WebUser.username))).scalars())


def active_usernames(session: Session) -> list[str]:
    rows = session.execute(select(col(WebUser.username)).where(col(WebUser.active)).order_by(col(WebUser.username)))
    return list(rows.scalars())


def _failures(session: Session, column: Mapped[str], value: str, since: datetime) -> int:
    return int(
        session.execute(
            select(func.count()).select_from(LoginAttempt).where(
                column == value, col(LoginAttempt.at) >= since, col(LoginAttempt.ok).is_(False)
            )
        ).scalar_one()
    )


def sign_in(session: Session, username: str, password: str, client: str) -> SignedIn:
    """Check the password; refuse after too many recent failures for this name or client."""
    username = username.strip().lower()[:120]
    since = utcnow() - WINDOW
    if (
        _failures(session, col(LoginAttempt.username), username, since) >= MAX_FAILURES_PER_USER
        or _failures(session, col(LoginAttempt.client), client, since) >= MAX_FAILURES_PER_CLIENT
    ):
        session.add(LoginAttempt(username=username, client=client, ok=False))
        raise SignInRefused("Too many failed sign-ins. Wait 15 minutes, or ask an admin to reset the password.")
    user = session.execute(select(WebUser).where(col(WebUser.username) == username)).scalar()
    ok = _verify(user.password_hash if user else _DUMMY_HASH, password) and user is not None and user.active
    session.add(LoginAttempt(username=username, client=client, ok=ok))
    if not ok or user is None:
        raise SignInRefused("Wrong name or password, or the account is disabled.")
    if HASHER.check_needs_rehash(user.password_hash):
        user.password_hash = HASHER.hash(password)
    user.last_login_at = utcnow()
    session.add(user)
    return signed_in(user)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def current(session: Session, user_id: int, stamp: str) -> SignedIn | None:
    """The user of a session, or None when disabled, deleted or the password changed since."""
    user = session.get(WebUser, user_id)
    if user is None or not user.active or password_stamp(user) != stamp:
        return None
    return signed_in(user)
