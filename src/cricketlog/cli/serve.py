"""`cricketlog serve`: the web app and its API, with uvicorn.

The database is created or migrated here, once, before any worker starts (workers starting
together would otherwise race to migrate it), and the token-signing secret is made here if it
is new. Each worker then builds its own app from the same settings (the factory
``cricketlog.web.app:create_app``), loading the speech model once. uvicorn runs with uvloop,
httptools and websockets (its sans-I/O protocol); socket messages are capped just over the
contract's 1 MiB frames, pings find dead connections, audio is not compressed, connections
beyond a limit are refused rather than queued, and a stop gives open requests time to finish.
Log lines (text, or JSON with ``--log-format json``) carry request ids and never show a token
(:mod:`cricketlog.web.logs`).
"""

from __future__ import annotations

import enum
from typing import Annotated

import typer

from cricketlog.cli.app import app
from cricketlog.cli.common import console, settings


class LogFormat(enum.StrEnum):
    """How log lines are written."""

    text = "text"
    json = "json"


WS_MAX_SIZE = 1024 * 1024 + 4096
"""Largest socket message: a 1 MiB audio frame and a little framing; bigger ones close 1009."""
WS_PING_SECONDS = 20.0
"""How often the server pings a socket, and how long it waits for the answer."""
LIMIT_CONCURRENCY = 200
"""Connections (requests and sockets) a worker takes at once; more get 503 at once."""
GRACEFUL_SECONDS = 30
"""How long a stop waits for open requests and sockets before closing them."""


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    workers: Annotated[
        int, typer.Option(min=1, max=64, help="Worker processes (each loads the model).")
    ] = 1,
    log_format: Annotated[
        LogFormat | None,
        typer.Option(
            help="Log lines as text or JSON (default: the log_format setting).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Serve the browser app and the JSON API.

    Example: [cyan]cricketlog serve --host 0.0.0.0 --port 8000 --workers 2[/]
    """
    import uvicorn

    from cricketlog.config import ensure_home
    from cricketlog.store import Store
    from cricketlog.web import metrics
    from cricketlog.web.auth import load_secret
    from cricketlog.web.logs import log_config

    current = settings()
    ensure_home(current)
    with Store(current.db_url) as store:
        store.open()  # created or migrated once, before the workers
    load_secret(current)
    shown = f"[{host}]" if ":" in host else host
    console.print(f"cricketlog is serving on http://{shown}:{port} (Ctrl+C stops it)")
    metrics.share_between_workers(workers)
    share_cores(workers, current.whisper_threads)
    uvicorn.run(
        "cricketlog.web.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        loop="uvloop",
        http="httptools",
        ws="websockets-sansio",  # the websockets package; its legacy protocol is deprecated
        ws_max_size=WS_MAX_SIZE,
        ws_ping_interval=WS_PING_SECONDS,
        ws_ping_timeout=WS_PING_SECONDS,
        ws_per_message_deflate=False,
        limit_concurrency=LIMIT_CONCURRENCY,
        timeout_graceful_shutdown=GRACEFUL_SECONDS,
        log_config=log_config(log_format.value if log_format else current.log_format),
        access_log=False,  # cricketlog.web.logs writes it, with the request id and no query
    )


def share_cores(workers: int, whisper_threads: int) -> None:
    """Give each worker's speech model its share of the cores, unless ``whisper_threads`` is set.

    A model left to its default takes one thread per core, so N workers would run N times as
    many threads as cores while transcribing at once; CTranslate2's OpenMP threads then wait on
    each other, and on two cores two workers took over ten times longer per clip
    (``benchmarks/bench_load.py``: 21.8 s against 1.6 s for a 10 s clip). The workers are
    started after this and read their settings from the environment, so it goes there.
    """
    import os

    if workers > 1 and not whisper_threads:
        share = max(1, (os.cpu_count() or 1) // workers)
        os.environ["CRICKETLOG_WHISPER_THREADS"] = str(share)
