"""Kinds of failure, so each is handled the right way (Zulip's two-level taxonomy is the model).

- SenderError: the input is at fault (unparseable mail, bad file): quarantine or answer politely.
- TransientError: the outside world hiccupped (relay down, database locked): retry with backoff.
- Anything else is a bug: quarantine with the traceback and log an error for an operator.
"""

from __future__ import annotations


class ConsultError(Exception):
    """Base of the project's own errors."""


class SenderError(ConsultError):
    """The message or file we were given cannot be used as it is."""


class TransientError(ConsultError):
    """A dependency failed in a way that may pass; the step is retried."""
