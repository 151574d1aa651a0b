"""Tokens never reach a log line.

The socket takes its token as ``?token=...`` (a browser cannot set headers on a WebSocket), and
uvicorn logs every request line and socket path with its query. :class:`TokenFilter`, installed
on the log handlers ``cricketlog serve`` configures, masks the value of every ``token=`` (and
``access_token=``) before a record is written, keeping the record's shape for the formatters
that read its arguments.
"""

from __future__ import annotations

import logging
import re
from typing import Any

TOKEN = re.compile(r"((?:access_)?token=)[^&\s\"']+", re.IGNORECASE)


def mask_tokens(text: str) -> str:
    """``text`` with every ``token=VALUE`` shown as ``token=****``."""
    return TOKEN.sub(r"\1****", text)


def _masked(value: Any) -> Any:
    return mask_tokens(value) if isinstance(value, str) else value


class TokenFilter(logging.Filter):
    """Masks tokens in a record's message and arguments (it never drops a record)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Mask, then let the record through."""
        if isinstance(record.msg, str):
            record.msg = mask_tokens(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(_masked(arg) for arg in record.args)
        elif isinstance(record.args, dict):
            record.args = {key: _masked(value) for key, value in record.args.items()}
        return True
