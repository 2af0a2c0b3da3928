"""The IMAP edge: the poller (`consult poll`) and the Sent-folder copy of our replies.

Cursor: UIDVALIDITY + last UID per folder, never UNSEEN or sequence numbers (flags change under
us; sequence numbers shift on every expunge). Each message is fetched with BODY.PEEK[] (which
does not set \\Seen), stored and committed, and only then flagged or moved on the server.
A changed UIDVALIDITY resets the cursor; the Message-ID hash keeps the resync free of duplicates.
"""

from __future__ import annotations

import logging
import random
import socket
import ssl
import threading
from collections.abc import Callable, Iterable
from email.message import EmailMessage
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError
from sqlalchemy import select
from sqlmodel import col

from consult.cases.intake import store_raw
from consult.db import session_scope
from consult.models import MailboxCursor, utcnow
from consult.settings import Settings

log = logging.getLogger(__name__)
INGESTED_FLAG = b"$ConsultIngested"
TRANSIENT = (IMAPClientError, OSError, socket.timeout, ssl.SSLError, EOFError)


def connect(settings: Settings) -> IMAPClient:
    context = ssl.create_default_context() if settings.imap_ssl else None
    client = IMAPClient(
        settings.imap_host, port=settings.imap_port, ssl=settings.imap_ssl,
        ssl_context=context, timeout=max(60, settings.imap_idle_seconds + 30),
    )
    try:
        client.login(settings.imap_user, settings.imap_password.get_secret_value())
    except BaseException:
        client.shutdown()
        raise
    return client


class Poller:
    """One IMAP folder. `sync_once` is the unit tests drive; `run` adds IDLE and reconnects."""

    def __init__(
        self,
        settings: Settings,
        enqueue: Callable[[list[int]], object],
        *,
        folder: str | None = None,
        client_factory: Callable[[Settings], IMAPClient] = connect,
    ) -> None:
        self.s = settings
        self.enqueue = enqueue
        self.folder = folder or settings.imap_folder
        self.mailbox = f"{settings.imap_user}@{settings.imap_host}/{self.folder}"
        self.client_factory = client_factory

    # -- one pass ------------------------------------------------------------------------
    def sync_once(self, client: IMAPClient) -> int:
        """Fetch everything past the cursor. Returns the number of new messages stored."""
        info = client.select_folder(self.folder)
        uidvalidity = int(info[b"UIDVALIDITY"])
        last_uid = self._cursor(uidvalidity)
        uids = sorted(u for u in client.search(["UID", f"{last_uid + 1}:*"]) if u > last_uid)
        stored = 0
        for start in range(0, len(uids), self.s.imap_batch):
            batch = uids[start : start + self.s.imap_batch]
            fetched = client.fetch(batch, ["BODY.PEEK[]"])
            new_ids: list[int] = []
            done: list[int] = []
            with session_scope() as s:
                for uid in batch:
                    data = fetched.get(uid)
                    if not data or b"BODY[]" not in data:
                        log.warning("%s: UID %s vanished before it was fetched", self.mailbox, uid)
                        continue
                    result = store_raw(
                        s, data[b"BODY[]"], source="imap", mailbox=self.mailbox,
                        uidvalidity=uidvalidity, uid=uid,
                    )
                    if result.created:
                        new_ids.append(result.inbound_id)
                    done.append(uid)
                if done:
                    self._advance(s, uidvalidity, max(done))
            # Committed: now it is safe to tell the server and the workers.
            if new_ids:
                self.enqueue(new_ids)
            self._mark_done(client, done)
            stored += len(new_ids)
        if stored:
            log.info("%s: stored %d new message(s)", self.mailbox, stored)
        return stored

    def _cursor(self, uidvalidity: int) -> int:
        with session_scope() as s:
            cursor = s.execute(
                select(MailboxCursor).where(col(MailboxCursor.mailbox) == self.mailbox)
            ).scalar_one_or_none()
            if cursor is None:
                s.add(MailboxCursor(mailbox=self.mailbox, uidvalidity=uidvalidity, last_uid=0))
                return 0
            if cursor.uidvalidity != uidvalidity:
                log.warning(
                    "%s: UIDVALIDITY changed %s -> %s; resyncing the folder (duplicates are skipped)",
                    self.mailbox, cursor.uidvalidity, uidvalidity,
                )
                cursor.uidvalidity, cursor.last_uid, cursor.updated_at = uidvalidity, 0, utcnow()
                return 0
            return cursor.last_uid

    def _advance(self, s: Any, uidvalidity: int, uid: int) -> None:
        cursor = s.execute(
            select(MailboxCursor).where(col(MailboxCursor.mailbox) == self.mailbox)
        ).scalar_one()
        if cursor.uidvalidity == uidvalidity and uid > cursor.last_uid:
            cursor.last_uid, cursor.updated_at = uid, utcnow()

    def _mark_done(self, client: IMAPClient, uids: Iterable[int]) -> None:
        uids = list(uids)
        if not uids:
            return
        if self.s.imap_processed_folder:
            if client.has_capability("MOVE"):
                client.move(uids, self.s.imap_processed_folder)
            else:
                client.copy(uids, self.s.imap_processed_folder)
                client.delete_messages(uids)
                client.uid_expunge(uids) if client.has_capability("UIDPLUS") else client.expunge()
        else:
            client.add_flags(uids, [b"\\Seen", INGESTED_FLAG], silent=True)

    # -- forever -------------------------------------------------------------------------
    def run(self, stop: threading.Event) -> None:
        """Sync, then wait with IDLE (or sleep) for more; reconnect with backoff on failures."""
        failures = 0
        while not stop.is_set():
            client = None
            try:
                client = self.client_factory(self.s)
                if self.s.imap_processed_folder and not client.folder_exists(self.s.imap_processed_folder):
                    client.create_folder(self.s.imap_processed_folder)
                log.info("%s: connected", self.mailbox)
                failures = 0
                while not stop.is_set():
                    self.sync_once(client)
                    self._wait(client, stop)
            except TRANSIENT as exc:
                failures += 1
                delay = min(60.0, 0.5 * 2 ** min(failures, 7)) * random.uniform(0.8, 1.2)
                log.warning("%s: %s; reconnecting in %.1fs", self.mailbox, exc, delay)
                stop.wait(delay)
            finally:
                if client is not None:
                    _quietly_logout(client)

    def _wait(self, client: IMAPClient, stop: threading.Event) -> None:
        if not client.has_capability("IDLE"):
            stop.wait(self.s.imap_poll_seconds)
            return
        client.idle()
        try:
            waited = 0
            # Short checks so a stop request is noticed quickly; re-IDLE within the server limit.
            while not stop.is_set() and waited < self.s.imap_idle_seconds:
                if client.idle_check(timeout=1):
                    return
                waited += 1
        finally:
            client.idle_done()


def _quietly_logout(client: IMAPClient) -> None:
    try:
        client.logout()
    except Exception:  # the connection is being abandoned anyway
        try:
            client.shutdown()
        except Exception:
            pass


class ImapSentFolder:
    """Copies of our replies in the mailbox's Sent folder; also how a retry checks for a send."""

    def __init__(self, settings: Settings) -> None:
        self.s = settings

    def _client(self) -> IMAPClient:
        client = connect(self.s)
        if not client.folder_exists(self.s.imap_sent_folder):
            client.create_folder(self.s.imap_sent_folder)
        return client

    def contains(self, message_id: str) -> bool:
        client = self._client()
        try:
            client.select_folder(self.s.imap_sent_folder, readonly=True)
            return bool(client.search(["HEADER", "Message-ID", message_id]))
        finally:
            _quietly_logout(client)

    def append(self, msg: EmailMessage) -> None:
        client = self._client()
        try:
            client.append(self.s.imap_sent_folder, bytes(msg), flags=[b"\\Seen"])
        finally:
            _quietly_logout(client)
