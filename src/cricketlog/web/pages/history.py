"""The history page: a week's or a month's summary with its charts, the entries, edit, delete,
and the user's diary as a file out and back in.

Every figure is the core's (:func:`cricketlog.reports.summary.load_summary`, the same one
``cricketlog history --week`` and ``report`` draw) and the charts are the HTML report's SVG; an
edit goes through the contract's field checks (:mod:`cricketlog.web.fields` over
:mod:`cricketlog.entries.edits`), export and import through :mod:`cricketlog.entries.export`.
An entry id of another user's is not found, exactly like one that never existed.
"""

from __future__ import annotations

import datetime as dt
import io
import tempfile
from pathlib import Path
from typing import Annotated, Any, Final, Literal

import anyio.to_thread
from fastapi import APIRouter, Depends, Query, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from markupsafe import Markup

from cricketlog.entries.export import dump, load
from cricketlog.errors import CricketlogError
from cricketlog.reports import summary as report
from cricketlog.reports.html import load_chart, mental_chart
from cricketlog.reports.training_load import ACWR_WARNING
from cricketlog.store import User, UserEntries
from cricketlog.web.auth import Web, check_csrf
from cricketlog.web.errors import status_of
from cricketlog.web.fields import changes, form_fields
from cricketlog.web.pages.render import Viewer, is_htmx, render
from cricketlog.web.state import WebState

router = APIRouter(include_in_schema=False)
Csrf = [Depends(check_csrf)]
WindowName = Literal["week", "month"]
IMPORT_MB: Final = 64
"""The largest diary file taken in (an export of many years is a few megabytes)."""


def _diary(web: WebState, user: User) -> UserEntries:
    return web.pipeline(user.id).entries


def _window(name: WindowName, day: dt.date, week_start: str) -> report.Window:
    return report.week(day, week_start) if name == "week" else report.month(day)


def _summary_context(web: WebState, user: User, name: WindowName, day: dt.date) -> dict[str, Any]:
    today = dt.date.today()
    window = _window(name, day, web.settings.week_start)
    summary = report.load_summary(_diary(web, user), window, today)
    later = window.until + dt.timedelta(days=1)
    return {
        "summary": summary,
        "window": name,
        "day": day,
        "earlier": window.since - dt.timedelta(days=1),
        "later": later if later <= today else None,
        "entries": sorted(summary.entries, key=lambda e: (e.entry_date, e.id), reverse=True),
        "load_chart": Markup(load_chart(summary)),  # drawn and escaped by the report
        "mental_chart": Markup(mental_chart(summary)),
        "acwr_warning": ACWR_WARNING,
    }


@router.get("/history")
async def history(
    request: Request, user: Viewer, web: Web,
    window: WindowName = "week", day: Annotated[dt.date | None, Query()] = None,
) -> Response:  # fmt: skip
    """The summary of the week (or month) holding ``day`` and its entries; with
    ``HX-Request``, just that summary."""
    context = await anyio.to_thread.run_sync(
        _summary_context, web, user, window, day or dt.date.today()
    )
    if is_htmx(request):
        return render(request, "_summary.html", context, user=user)
    page = {"title": "History", "active": "/history", **context}
    return render(request, "history.html", page, user=user)


@router.get("/history/entries/{entry_id}")
def entry_view(request: Request, entry_id: int, user: Viewer, web: Web) -> Response:
    """One entry as the history lists it (what Cancel goes back to); without htmx, the
    history of its week."""
    entry = _diary(web, user).get(entry_id)
    if not is_htmx(request):
        return RedirectResponse(f"/history?day={entry.entry_date.isoformat()}", 303)
    return render(request, "_entry.html", {"entry": entry}, user=user)


@router.get("/history/entries/{entry_id}/edit")
def entry_edit(request: Request, entry_id: int, user: Viewer, web: Web) -> Response:
    """The entry's form; a page of its own without htmx."""
    entry = _diary(web, user).get(entry_id)
    return _edit_form(request, user, entry)


def _edit_form(
    request: Request, user: User, entry: Any, error: str = "", status_code: int = 200
) -> Response:
    context = {"entry": entry, "fields": form_fields(entry), "error": error}
    if is_htmx(request):
        return render(request, "_entry_edit.html", context, status_code=status_code, user=user)
    page = {"title": "Edit an entry", "active": "/history", **context}
    return render(request, "entry_edit.html", page, status_code=status_code, user=user)


@router.post("/history/entries/{entry_id}", dependencies=Csrf)
async def entry_save(request: Request, entry_id: int, user: Viewer, web: Web) -> Response:
    """Store the fields the form changed; the form again naming the field the contract refuses."""
    form = await request.form()
    diary = _diary(web, user)
    entry = await anyio.to_thread.run_sync(diary.get, entry_id)
    try:
        saved = await anyio.to_thread.run_sync(diary.update, entry_id, changes(entry, form))
    except CricketlogError as exc:
        return _edit_form(request, user, entry, str(exc), status_of(exc))
    if not is_htmx(request):
        return RedirectResponse("/history", 303)
    return render(request, "_entry.html", {"entry": saved}, user=user)


@router.post("/history/entries/{entry_id}/delete", dependencies=Csrf)
def entry_delete(request: Request, entry_id: int, user: Viewer, web: Web) -> Response:
    """Delete the entry; htmx removes it from the list."""
    _diary(web, user).delete(entry_id)
    if not is_htmx(request):
        return RedirectResponse("/history", 303)
    return Response(status_code=200)


@router.get("/history/export")
def export(user: Viewer, web: Web, format: Literal["json", "csv"] = "json") -> Response:
    """Every entry of the user's, as the command line's ``export`` writes them."""
    out = io.StringIO()
    dump(_diary(web, user), out, format)
    media = "application/json" if format == "json" else "text/csv"
    name = f"cricketlog-{dt.date.today().isoformat()}.{format}"
    return Response(
        out.getvalue(),
        media_type=f"{media}; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.post("/history/import", dependencies=Csrf)
async def import_(request: Request, user: Viewer, web: Web, file: UploadFile) -> Response:
    """Restore an export into the user's diary (which must be empty)."""
    data = await file.read(IMPORT_MB * 1024 * 1024 + 1)
    suffix = ".csv" if (file.filename or "").lower().endswith(".csv") else ".json"
    if len(data) > IMPORT_MB * 1024 * 1024:
        message, ok, status_code = f"The file is over {IMPORT_MB} MB.", False, 413
    else:
        try:
            count = await anyio.to_thread.run_sync(_restore, _diary(web, user), data, suffix)
            message, ok, status_code = f"Restored {count} entries.", True, 200
        except CricketlogError as exc:
            message, ok, status_code = str(exc), False, status_of(exc)
    context = {"import_message": message, "import_ok": ok}
    if is_htmx(request):
        return render(request, "_import.html", context, status_code=status_code, user=user)
    page = {"title": "History", "active": "/history", **context}
    page.update(_summary_context(web, user, "week", dt.date.today()))
    return render(request, "history.html", page, status_code=status_code, user=user)


def _restore(diary: UserEntries, data: bytes, suffix: str) -> int:
    """Restore the bytes of an export, written to a private temporary file for the core."""
    with tempfile.TemporaryDirectory(prefix="cricketlog-import-") as folder:
        path = Path(folder) / f"diary{suffix}"
        path.write_bytes(data)
        return load(diary, path)
