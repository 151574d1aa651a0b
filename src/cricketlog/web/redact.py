"""Secrets never reach a log line: what counts as one, and how it is masked.

The socket takes its token as ``?token=...`` (a browser cannot set headers on a WebSocket), and
uvicorn logs every socket path with its query; an error's text may quote a header, a URL with a
password, or a form. :func:`scrub`, applied by the log formatters of :mod:`cricketlog.web.logs`
to every line whoever wrote it, masks the value of every ``token=`` (and ``access_token=``), any
bearer token or JWT, password, secret or API key fields, and the password in a URL.
"""

from __future__ import annotations

import re
from typing import Final

TOKEN = re.compile(r"((?:access_)?token=)[^&\s\"']+", re.IGNORECASE)
SECRETS: Final = (
    (re.compile(r"(\bBearer\s+)[^\s\"',]+", re.IGNORECASE), r"\1****"),
    (re.compile(r"\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]+"), "****"),  # a JWT, wherever it appears
    (
        re.compile(
            r"([\"']?(?:password|passwd|secret_key|api_key)[\"']?\s*[:=]\s*[\"']?)[^\s\"'&,}]+",
            re.IGNORECASE,
        ),
        r"\1****",
    ),
    (re.compile(r"(://[^/\s:@]+:)[^@\s/]+@"), r"\1****@"),  # user:password@host
)


def mask_tokens(text: str) -> str:
    """``text`` with every ``token=VALUE`` shown as ``token=****``."""
    return TOKEN.sub(r"\1****", text)


def scrub(text: str) -> str:
    """``text`` with tokens, passwords and keys shown as ``****``."""
    text = mask_tokens(text)
    for pattern, replacement in SECRETS:
        text = pattern.sub(replacement, text)
    return text
