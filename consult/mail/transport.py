"""Where replies go: an SMTP relay, or (embedded default) a local outbox folder.

A `SentStore` answers "did this Message-ID already go out?" so a retry after an unknown outcome
(a crash between the relay's 250 and our commit) does not send twice: the IMAP Sent folder when
IMAP is configured, the outbox folder otherwise.
"""

from __future__ import annotations

import hashlib
import logging
import smtplib
import ssl
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol

from consult.errors import TransientError
from consult.settings import Settings

log = logging.getLogger(__name__)


class ReplyTransport(Protocol):
    def send(self, msg: EmailMessage) -> None: ...


class SentStore(Protocol):
    def contains(self, message_id: str) -> bool: ...
    def append(self, msg: EmailMessage) -> None: ...


class SmtpRelay:
    def __init__(self, settings: Settings) -> None:
        self.s = settings

    def send(self, msg: EmailMessage) -> None:
        s = self.s
        try:
            if s.smtp_security == "ssl":
                client: smtplib.SMTP = smtplib.SMTP_SSL(
                    s.smtp_host, s.smtp_port, timeout=s.smtp_timeout,
                    context=ssl.create_default_context(),
                )
            else:
                client = smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=s.smtp_timeout)
            with client:
                if s.smtp_security == "starttls":
                    client.starttls(context=ssl.create_default_context())
                if s.smtp_user:
                    client.login(s.smtp_user, s.smtp_password.get_secret_value())
                client.send_message(msg)
        except smtplib.SMTPResponseException as exc:
            if 400 <= exc.smtp_code < 500:
                raise TransientError(f"relay {s.smtp_host} deferred: {exc.smtp_code} {exc.smtp_error!r}") from exc
            raise
        except (TimeoutError, smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError, OSError) as exc:
            raise TransientError(f"relay {s.smtp_host}:{s.smtp_port} unreachable: {exc}") from exc


def _outbox_name(message_id: str) -> str:
    return hashlib.sha256(message_id.encode()).hexdigest()[:24] + ".eml"


class OutboxFolder:
    """Embedded mode: each reply is written to a file (and printed); the folder is the Sent store."""

    def __init__(self, folder: Path, echo: bool = True) -> None:
        self.folder = folder
        self.echo = echo

    def send(self, msg: EmailMessage) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / _outbox_name(str(msg["Message-ID"]))
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(bytes(msg))
        tmp.replace(path)
        if self.echo:
            body = msg.get_body(("plain",))
            print(f"\n=== reply sent to {msg['To']} ({path}) ===\nSubject: {msg['Subject']}\n")
            print(body.get_content() if body else "")

    def contains(self, message_id: str) -> bool:
        return (self.folder / _outbox_name(message_id)).exists()

    def append(self, msg: EmailMessage) -> None:
        """The outbox file is the copy; nothing more to do."""


class NoSentStore:
    """A relay without IMAP: we cannot look, so an unknown outcome is retried (at least once)."""

    def contains(self, message_id: str) -> bool:
        return False

    def append(self, msg: EmailMessage) -> None:
        return None


def transports(settings: Settings) -> tuple[ReplyTransport, SentStore]:
    if not settings.smtp_host:
        outbox = OutboxFolder(settings.outbox)
        return outbox, outbox
    if settings.imap_enabled and settings.imap_sent_folder:
        from consult.mail.imap import ImapSentFolder

        return SmtpRelay(settings), ImapSentFolder(settings)
    return SmtpRelay(settings), NoSentStore()
