"""The record and upload pages: live recording, unsaved recordings finished later, uploads.

A live recording runs over the socket (:mod:`cricketlog.web.socket`); the page's script asks here
only for its fragments (``/record/view`` draws what the socket sent). A recording that never got
saved (the tab closed, the connection dropped) and an uploaded file are pending clips of the
core (:mod:`cricketlog.recordings`), finished through a :class:`~cricketlog.diary.Draft` built
from the clip on each request: the clip's notes remember its transcript and every answer and
change, so nothing is held in the server between requests and any worker can take the next one.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Final

import anyio.to_thread
from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import JSONResponse, Response
from pydantic import TypeAdapter, ValidationError

from cricketlog.diary import Draft, keep_recording, pending_clips
from cricketlog.entries.schemas import Entry, SavedEntry
from cricketlog.errors import CricketlogError
from cricketlog.speak import confirmation
from cricketlog.store import User
from cricketlog.web.auth import Web, check_csrf
from cricketlog.web.errors import status_of
from cricketlog.web.pages.render import Viewer, is_htmx, render

if TYPE_CHECKING:
    from cricketlog.audio import Audio
    from cricketlog.recordings import PendingClip
    from cricketlog.web.state import WebState

router = APIRouter(include_in_schema=False)
Csrf = [Depends(check_csrf)]
CLIP_NAME: Final = re.compile(r"record-[0-9-]{1,40}")
"""How the core names a pending clip (``record-20261205-141502-123456``)."""
ANSWER_SECONDS: Final = 30.0
"""A spoken answer is a few words; longer audio is refused."""
SPOKEN_CHARS: Final = 600
"""The longest confirmation the server renders as speech."""
PENDING_CHANGED: Final = "pending-changed"
"""The event that makes the record page list its unsaved recordings again."""
_speaking = threading.Lock()
"""pyttsx3 keeps one engine per process: one sentence is rendered at a time."""
_entries = TypeAdapter(list[Entry])
_saved = TypeAdapter(list[SavedEntry])


def _owner(user: User) -> str:
    return f"user-{user.id}"


@router.get("/record")
def record_page(request: Request, user: Viewer, web: Web) -> Response:
    """The record page; with ``HX-Request``, the list of unsaved recordings."""
    clips = pending_clips(web.pipeline(user.id))
    if is_htmx(request):
        return render(request, "_pending.html", {"clips": clips}, user=user)
    context = {"title": "Record a note", "active": "/record", "clips": clips}
    return render(request, "record.html", context, user=user)


@router.post("/record/view", dependencies=Csrf)
def live_view(request: Request, user: Viewer, message: Annotated[str, Form()]) -> Response:
    """The fragment for a message the recording socket sent: the cards, or what was saved."""
    try:
        sent = json.loads(message)
        kind = sent["type"]
        if kind == "entries":
            entries = _entries.validate_python(sent["entries"])
            context = {"mode": "live", "entries": entries, "transcript": sent.get("transcript")}
            return render(request, "_cards.html", context, user=user)
        if kind == "saved":
            saved = _saved.validate_python(sent["entries"])
            context = {"entries": saved, "confirmation": str(sent.get("confirmation", ""))}
            return render(request, "_saved.html", context, user=user)
        if kind == "discarded":
            return render(request, "_discarded.html", user=user)
    except (ValueError, KeyError, TypeError, ValidationError):
        pass
    raise HTTPException(422, "Not a message of the recording socket.")


def _clip(web: WebState, user: User, name: str) -> PendingClip:
    """This user's pending clip called ``name``; 404 for anyone else's or none."""
    if CLIP_NAME.fullmatch(name):
        for clip in pending_clips(web.pipeline(user.id)):
            if clip.path.stem == name:
                return clip
    raise HTTPException(404, "No such unsaved recording.")


async def _draft(web: WebState, user: User, clip: PendingClip) -> Draft:
    """The clip's draft, transcribed in the shared queue the first time (its notes keep the
    transcript and every answer after that)."""
    pipeline = web.pipeline(user.id, queued=True)
    return await anyio.to_thread.run_sync(Draft.from_clip, pipeline, clip)


def _card_context(clip: PendingClip, draft: Draft | None, error: str = "") -> dict[str, Any]:
    """What ``_cards.html`` shows for a pending clip's draft (or why there is none)."""
    context: dict[str, Any] = {"mode": "clip", "clip": clip.path.stem, "error": error}
    if draft is not None:
        context.update(
            entries=draft.entries, transcript=draft.transcript, already_saved=draft.already_saved
        )
        if draft.already_saved:
            draft.release()  # saved before: nothing left to finish
    return context


async def _finished(web: WebState, user: User, clip: PendingClip) -> tuple[dict[str, Any], int]:
    """The cards of a clip being finished, and the status to answer with."""
    try:
        draft = await _draft(web, user, clip)
    except CricketlogError as exc:
        return _card_context(clip, None, str(exc)), status_of(exc)
    return _card_context(clip, draft), 200


def _cards(
    request: Request, user: User, context: dict[str, Any], status_code: int = 200
) -> Response:
    return render(request, "_cards.html", context, status_code=status_code, user=user)


@router.post("/record/pending/{name}/finish", dependencies=Csrf)
async def finish(request: Request, name: str, user: Viewer, web: Web) -> Response:
    """An unsaved recording's entries as cards, to answer, change and save."""
    context, status_code = await _finished(web, user, _clip(web, user, name))
    return _cards(request, user, context, status_code)


@router.post("/record/pending/{name}/answer", dependencies=Csrf)
async def answer(
    request: Request, name: str, user: Viewer, web: Web,
    entry: Annotated[int, Form()], field: Annotated[str, Form()], text: Annotated[str, Form()],
) -> Response:  # fmt: skip
    """Answer a card's question, as a spoken answer is read."""
    return await _change(request, web, user, name, lambda d: d.answer(entry, field, text))


@router.post("/record/pending/{name}/set", dependencies=Csrf)
async def set_field(
    request: Request, name: str, user: Viewer, web: Web,
    entry: Annotated[int, Form()], field: Annotated[str, Form()],
) -> Response:  # fmt: skip
    """Change one field of a card to the value the form holds for it."""
    value = str((await request.form()).get(field, ""))
    return await _change(request, web, user, name, lambda d: d.set(entry, field, value))


async def _change(request: Request, web: WebState, user: User, name: str, change: Any) -> Response:
    clip = _clip(web, user, name)
    draft = await _draft(web, user, clip)
    try:
        await anyio.to_thread.run_sync(change, draft)
    except CricketlogError as exc:
        return _cards(request, user, _card_context(clip, draft, str(exc)), status_of(exc))
    return _cards(request, user, _card_context(clip, draft))


@router.post("/record/pending/{name}/save", dependencies=Csrf)
async def save(request: Request, name: str, user: Viewer, web: Web) -> Response:
    """Save the recording's entries; the page speaks the confirmation."""
    clip = _clip(web, user, name)
    draft = await _draft(web, user, clip)
    saved = await anyio.to_thread.run_sync(draft.save)
    spoken = " ".join(confirmation(entry, today=clip.today) for entry in saved)
    response = render(request, "_saved.html", {"entries": saved, "confirmation": spoken}, user=user)
    response.headers["HX-Trigger"] = PENDING_CHANGED
    return response


@router.post("/record/pending/{name}/discard", dependencies=Csrf)
def discard(request: Request, name: str, user: Viewer, web: Web) -> Response:
    """Throw an unsaved recording away."""
    from cricketlog.recordings import discard as discard_clip

    discard_clip(_clip(web, user, name))
    response = render(request, "_discarded.html", user=user)
    response.headers["HX-Trigger"] = PENDING_CHANGED
    return response


def _day(text: str | None) -> dt.date:
    """The player's own date from the page (their time zone), or the server's."""
    try:
        return dt.date.fromisoformat(text or "")
    except ValueError:
        return dt.date.today()


async def _audio(web: WebState, upload: UploadFile, max_seconds: float) -> Audio:
    """An uploaded file decoded, never read past the size limit."""
    from cricketlog.audio.load import load

    limit = web.settings.max_audio_mb
    data = await upload.read(int(limit * 1024 * 1024) + 1)
    name = Path(upload.filename or "the file").name
    return await anyio.to_thread.run_sync(
        lambda: load(data, max_seconds=max_seconds, max_mb=limit, name=name)
    )


@router.get("/upload")
def upload_page(request: Request, user: Viewer, web: Web) -> Response:
    """The upload form."""
    return render(request, "upload.html", _upload_context(web), user=user)


def _upload_context(web: WebState) -> dict[str, Any]:
    return {
        "title": "Upload a recording",
        "active": "/upload",
        "max_mb": f"{web.settings.max_audio_mb:g}",
    }


@router.post("/upload", dependencies=Csrf)
async def upload(
    request: Request, user: Viewer, web: Web,
    file: UploadFile, today: Annotated[str | None, Form()] = None,
) -> Response:  # fmt: skip
    """Keep the file as an unsaved recording of the user's, then show its entries as cards."""
    try:
        audio = await _audio(web, file, web.settings.max_audio_seconds)
    except CricketlogError as exc:
        context, status_code = {"mode": "clip", "error": str(exc)}, status_of(exc)
    else:
        pipeline = web.pipeline(user.id)
        clip = await anyio.to_thread.run_sync(keep_recording, pipeline, audio, _day(today))
        context, status_code = await _finished(web, user, clip)
    if is_htmx(request):
        return _cards(request, user, context, status_code)
    page = {**_upload_context(web), **context, "draft": True}
    return render(request, "upload.html", page, status_code=status_code, user=user)


@router.post("/record/heard", dependencies=Csrf)
async def heard(user: Viewer, web: Web, file: UploadFile) -> Response:
    """The words of a short spoken answer, for the page to send as the answer's text."""
    from cricketlog.audio.trim import trim

    try:
        audio = await _audio(web, file, ANSWER_SECONDS)
        text = (
            await web.transcribe(_owner(user), await anyio.to_thread.run_sync(trim, audio))
        ).text
    except CricketlogError as exc:
        return JSONResponse({"detail": str(exc)}, status_code=status_of(exc))
    return JSONResponse({"text": text.strip()})


@router.get("/speech.wav")
async def speech(_user: Viewer, text: Annotated[str, Query(max_length=SPOKEN_CHARS)]) -> Response:
    """A sentence spoken by the server's speech engine, for browsers without a voice."""
    from cricketlog.speak import Pyttsx3Speaker

    def rendered() -> bytes:
        with _speaking, tempfile.TemporaryDirectory(prefix="cricketlog-speech-") as folder:
            return Pyttsx3Speaker().save(text, Path(folder) / "speech.wav").read_bytes()

    try:
        wav = await anyio.to_thread.run_sync(rendered)
    except CricketlogError as exc:
        return JSONResponse({"detail": str(exc)}, status_code=503)
    return Response(wav, media_type="audio/wav", headers={"Cache-Control": "private, max-age=3600"})
