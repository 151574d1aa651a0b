"""The pages over the real app in-process: each renders, needs the login cookie, refuses a post
without its CSRF token, escapes what a player wrote, and shows or changes only the user's own
entries; htmx gets fragments. Uploads and unsaved recordings run the real speech model."""

from __future__ import annotations

import datetime as dt
import json
import re
import wave
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from cricketlog.diary import keep_recording, pending_clips
from cricketlog.entries.schemas import Entry, SavedEntry
from cricketlog.web.auth import CSRF_COOKIE, TOKEN_COOKIE
from cricketlog.web.state import WebState

DATA = Path(__file__).parent.parent / "data"
PASSWORD = "correct horse battery"
HX = {"HX-Request": "true"}
SCRIPT = '<script>alert("x")</script>'
TODAY = dt.date.today()


def web(client: TestClient) -> WebState:
    """The app's shared state: its store and the users' pipelines."""
    state: WebState = client.app.state.web  # type: ignore[attr-defined]
    return state


def csrf(client: TestClient) -> str:
    """The CSRF token of the client's browser (a page sets it on first visit)."""
    if CSRF_COOKIE not in client.cookies:
        client.get("/login")
    return str(client.cookies[CSRF_COOKIE])


def sign_up(client: TestClient, email: str = "ann@example.com") -> int:
    """Open an account through the sign-up form (logged in after); returns the user's id."""
    answer = client.post(
        "/signup",
        data={"email": email, "password": PASSWORD, "csrf_token": csrf(client)},
        follow_redirects=False,
    )
    assert answer.status_code == 303, answer.text
    assert answer.headers["location"] == "/record"
    user = web(client).store.users.by_email(email)
    return int(user.id)


def add_entry(client: TestClient, user_id: int, **data: object) -> SavedEntry:
    """Store a fitness entry for ``user_id`` through the core."""
    entry = Entry(
        activity_type="fitness",
        entry_date=TODAY,
        transcript=str(data.pop("transcript", "a run")),
        data={"type": "running", **data},
    )
    diary = web(client).pipeline(user_id).entries
    return diary.add([entry])[0]  # type: ignore[no-any-return]


def posted(client: TestClient, path: str, **kwargs: Any) -> httpx.Response:
    """A form post from the app's own page: the CSRF header htmx sends, as htmx."""
    return client.post(path, headers={**HX, "X-CSRF-Token": csrf(client)}, **kwargs)


@pytest.mark.parametrize("path", ["/", "/record", "/upload", "/history", "/history/entries/1/edit"])
def test_pages_need_the_login(client: TestClient, path: str) -> None:
    answer = client.get(path, follow_redirects=False)
    assert answer.status_code == 303
    assert answer.headers["location"] == "/login"


def test_htmx_is_told_to_go_to_the_login_page(client: TestClient) -> None:
    answer = client.get("/history", headers=HX, follow_redirects=False)
    assert answer.status_code == 401
    assert answer.headers["HX-Redirect"] == "/login"


def test_login_and_signup_pages_carry_the_names(client: TestClient) -> None:
    login = client.get("/login").text
    assert '<label for="email">Email</label>' in login
    assert '<label for="password">Password</label>' in login
    assert re.search(r"<button[^>]*>Log in</button>", login)
    signup = client.get("/signup").text
    assert re.search(r"<button[^>]*>Sign up</button>", signup)
    assert 'href="#main"' in signup  # the skip link


def test_sign_up_log_out_and_log_in(client: TestClient) -> None:
    sign_up(client)
    assert client.cookies.get(TOKEN_COOKIE)
    record = client.get("/record")
    assert record.status_code == 200
    for name in ("Record", "Stop", "Log out"):
        assert re.search(rf"<button[^>]*>{name}</button>", record.text), name
    out = client.post("/logout", data={"csrf_token": csrf(client)}, follow_redirects=False)
    assert (out.status_code, out.headers["location"]) == (303, "/login")
    assert client.get("/record", follow_redirects=False).status_code == 303
    wrong = client.post(
        "/login",
        data={
            "email": "ann@example.com",
            "password": "not the password",
            "csrf_token": csrf(client),
        },
    )
    assert wrong.status_code == 401
    assert "Wrong email or password." in wrong.text
    assert "not the password" not in wrong.text
    right = client.post(
        "/login",
        data={"email": "ann@example.com", "password": PASSWORD, "csrf_token": csrf(client)},
        follow_redirects=False,
    )
    assert (right.status_code, right.headers["location"]) == (303, "/record")
    assert client.get("/history").status_code == 200


def test_sign_up_says_what_is_wrong(client: TestClient) -> None:
    short = client.post(
        "/signup", data={"email": "a@x.org", "password": "short", "csrf_token": csrf(client)}
    )
    assert short.status_code == 422
    assert "at least 10 characters" in short.text
    sign_up(client, "a@x.org")
    client.cookies.delete(TOKEN_COOKIE)
    taken = client.post(
        "/signup", data={"email": "A@x.org", "password": PASSWORD, "csrf_token": csrf(client)}
    )
    assert taken.status_code == 409


def test_posts_without_the_csrf_token_are_refused(client: TestClient) -> None:
    user = sign_up(client)
    entry = add_entry(client, user)
    # A cross-site form carries the browser's cookies but cannot read or set the CSRF token.
    forged = [
        client.post(f"/history/entries/{entry.id}/delete"),
        client.post(f"/history/entries/{entry.id}/delete", data={"csrf_token": "guess"}),
        client.post(f"/history/entries/{entry.id}", data={"duration_minutes": "999"}),
        client.post("/logout"),
    ]
    assert [answer.status_code for answer in forged] == [403, 403, 403, 403]
    assert client.get("/history").status_code == 200  # still logged in
    diary = web(client).pipeline(user).entries
    assert diary.get(entry.id).data.duration_minutes is None


def test_a_note_with_script_is_escaped_everywhere(client: TestClient) -> None:
    user = sign_up(client)
    entry = add_entry(client, user, details=SCRIPT, transcript=SCRIPT)
    shown = [
        client.get("/history").text,
        client.get("/history", headers=HX).text,
        client.get(f"/history/entries/{entry.id}/edit", headers=HX).text,
        client.get(f"/history/entries/{entry.id}/edit").text,
        posted(
            client,
            "/record/view",
            data={
                "message": json.dumps(
                    {"type": "entries", "transcript": SCRIPT, "entries": [entry.to_json()]}
                )
            },
        ).text,
    ]
    for text in shown:
        assert SCRIPT not in text
        assert "&lt;script&gt;alert(" in text
    assert "script-src 'self'" in client.get("/history").headers["Content-Security-Policy"]


def test_another_users_entry_is_not_found(client: TestClient) -> None:
    ann = sign_up(client, "ann@example.com")
    ann_entry = add_entry(client, ann, duration_minutes=30)
    client.post("/logout", data={"csrf_token": csrf(client)})
    sign_up(client, "bob@example.com")
    tries = [
        client.get(f"/history/entries/{ann_entry.id}"),
        client.get(f"/history/entries/{ann_entry.id}/edit"),
        posted(client, f"/history/entries/{ann_entry.id}", data={"duration_minutes": "1"}),
        posted(client, f"/history/entries/{ann_entry.id}/delete"),
    ]
    assert [answer.status_code for answer in tries] == [404, 404, 404, 404]
    assert "ann@example.com" not in client.get("/history").text
    diary = web(client).pipeline(ann).entries
    assert diary.get(ann_entry.id).data.duration_minutes == 30


def test_history_shows_the_summary_and_its_entries(client: TestClient) -> None:
    user = sign_up(client)
    add_entry(client, user, duration_minutes=40, intensity="high", mental_state="good")
    page = client.get("/history")
    assert page.status_code == 200
    text = page.text
    assert "<html" in text and "<svg" in text  # the charts, inline
    assert "320" in text  # 40 minutes at RPE 8: the core's session load
    assert "running 40 min high" in text
    fragment = client.get("/history?window=month", headers=HX).text
    assert "<html" not in fragment
    assert 'id="summary"' in fragment and f"{TODAY:%B %Y}" in fragment
    assert client.get("/history?window=year").status_code == 422


def test_edit_in_place_goes_through_the_contract(client: TestClient) -> None:
    user = sign_up(client)
    entry = add_entry(client, user, duration_minutes=30)
    form = client.get(f"/history/entries/{entry.id}/edit", headers=HX).text
    assert "<html" not in form and 'name="duration_minutes" ' in form
    values = dict(re.findall(r'<input id="[^"]+" name="([^"]+)"[^>]* value="([^"]*)"', form))
    changed = posted(
        client, f"/history/entries/{entry.id}", data={**values, "duration_minutes": "50"}
    )
    assert changed.status_code == 200
    assert "running 50 min" in changed.text
    refused = posted(
        client, f"/history/entries/{entry.id}", data={**values, "duration_minutes": "-5"}
    )
    assert refused.status_code == 422
    assert "duration_minutes" in refused.text
    diary = web(client).pipeline(user).entries
    assert diary.get(entry.id).data.duration_minutes == 50
    assert diary.get(entry.id).data.distance_km is None  # fields left alone stay unsaid


def test_delete_in_place(client: TestClient) -> None:
    user = sign_up(client)
    entry = add_entry(client, user)
    own = client.get(f"/history/entries/{entry.id}", follow_redirects=False)
    assert own.headers["location"] == f"/history?day={TODAY.isoformat()}"  # not a bare fragment
    gone = posted(client, f"/history/entries/{entry.id}/delete")
    assert (gone.status_code, gone.text) == (200, "")
    assert client.get(f"/history/entries/{entry.id}").status_code == 404


def test_export_and_import_the_diary(client: TestClient) -> None:
    ann = sign_up(client, "ann@example.com")
    add_entry(client, ann, duration_minutes=30)
    add_entry(client, ann, duration_minutes=60)
    exported = client.get("/history/export?format=json")
    assert exported.status_code == 200
    assert "attachment" in exported.headers["content-disposition"]
    assert len(exported.json()["entries"]) == 2
    client.post("/logout", data={"csrf_token": csrf(client)})
    bob = sign_up(client, "bob@example.com")
    files = {"file": ("diary.json", exported.content, "application/json")}
    restored = posted(client, "/history/import", files=files)
    assert restored.status_code == 200, restored.text
    assert "Restored 2 entries." in restored.text
    again = posted(client, "/history/import", files=files)
    assert again.status_code == 409
    junk = posted(client, "/history/import", files={"file": ("x.json", b"{", "application/json")})
    assert junk.status_code == 422
    assert web(client).pipeline(bob).entries.count() == 2


def test_live_fragments_render_what_the_socket_sent(client: TestClient) -> None:
    user = sign_up(client)
    entry = Entry.model_validate({"activity_type": "rest_day", "entry_date": TODAY, "data": {}})
    cards = posted(
        client,
        "/record/view",
        data={
            "message": json.dumps(
                {"type": "entries", "transcript": "rest day", "entries": [entry.to_json()]}
            )
        },
    ).text
    assert "How well did you recover" in cards
    assert "ws-send" in cards
    for name in ("Save", "Discard"):
        assert re.search(rf"<button[^>]*>{name}</button>", cards), name
    saved = add_entry(client, user)
    done = posted(
        client,
        "/record/view",
        data={
            "message": json.dumps(
                {"type": "saved", "entries": [saved.to_json()], "confirmation": "Saved your run."}
            )
        },
    ).text
    assert 'data-speak="Saved your run."' in done
    bad = posted(client, "/record/view", data={"message": '{"type": "entries", "entries": [1]}'})
    assert bad.status_code == 422


def test_upload_shows_cards_then_saves(client: TestClient) -> None:
    user = sign_up(client)
    with (DATA / "run.wav").open("rb") as audio:
        shown = posted(
            client,
            "/upload",
            files={"file": ("run.wav", audio, "audio/wav")},
            data={"today": TODAY.isoformat()},
        )
    assert shown.status_code == 200, shown.text
    text = shown.text
    assert "running 45 min high" in text
    clip = re.search(r"/record/pending/(record-[0-9-]+)/save", text)
    assert clip, text
    saved = posted(client, f"/record/pending/{clip.group(1)}/save")
    assert 'data-speak="Saved your 45 minute run: high intensity, feeling great."' in saved.text
    diary = web(client).pipeline(user).entries
    assert [e.data.duration_minutes for e in diary.find()] == [45]
    assert pending_clips(web(client).pipeline(user)) == []


def test_upload_refuses_what_is_not_audio(client: TestClient) -> None:
    sign_up(client)
    with (DATA / "notes.wav").open("rb") as junk:
        answer = posted(client, "/upload", files={"file": ("notes.wav", junk, "audio/wav")})
    assert answer.status_code == 415
    assert "not an audio file" in answer.text
    assert "Traceback" not in answer.text


def test_an_unsaved_recording_is_finished_on_the_record_page(client: TestClient) -> None:
    from cricketlog.audio.load import load

    user = sign_up(client)
    pipeline = web(client).pipeline(user)
    audio = load(DATA / "nets.flac", max_seconds=60, max_mb=10)
    clip = keep_recording(pipeline, audio, TODAY)
    name = clip.path.stem
    listed = client.get("/record", headers=HX).text
    assert f"/record/pending/{name}/finish" in listed and "<html" not in listed
    cards = posted(client, f"/record/pending/{name}/finish").text
    assert "How did you feel mentally" in cards
    answered = posted(
        client,
        f"/record/pending/{name}/answer",
        data={"entry": "0", "field": "mental_state", "text": "pretty good"},
    ).text
    assert "How did you feel mentally" not in answered
    wrong = posted(
        client,
        f"/record/pending/{name}/set",
        data={"entry": "0", "field": "duration_minutes", "duration_minutes": "lots"},
    )
    assert wrong.status_code == 422
    done = posted(client, f"/record/pending/{name}/save")
    assert done.headers["HX-Trigger"] == "pending-changed"  # the page lists what is left
    saved = pipeline.entries.find()
    assert [(e.activity_type, e.data.mental_state) for e in saved] == [("cricket_coaching", "good")]


def test_another_users_recording_is_not_found(client: TestClient) -> None:
    from cricketlog.audio.load import load

    ann = sign_up(client, "ann@example.com")
    pipeline = web(client).pipeline(ann)
    clip = keep_recording(pipeline, load(DATA / "run.wav", max_seconds=60, max_mb=10), TODAY)
    client.post("/logout", data={"csrf_token": csrf(client)})
    sign_up(client, "bob@example.com")
    for action in ("finish", "save", "discard"):
        answer = posted(client, f"/record/pending/{clip.path.stem}/{action}")
        assert answer.status_code == 404
    assert posted(client, "/record/pending/..%2F..%2Fsecret_key/finish").status_code == 404
    assert clip.path.exists()


def test_a_spoken_answer_is_heard(client: TestClient) -> None:
    sign_up(client)
    with (DATA / "record_answer_good.wav").open("rb") as audio:
        heard = posted(client, "/record/heard", files={"file": ("answer.wav", audio, "audio/wav")})
    assert heard.status_code == 200
    assert "good" in heard.json()["text"].lower()
    with (DATA / "silence.wav").open("rb") as audio:
        silent = posted(client, "/record/heard", files={"file": ("s.wav", audio, "audio/wav")})
    assert silent.status_code == 422


def test_the_server_speaks_for_a_browser_without_a_voice(client: TestClient) -> None:
    sign_up(client)
    spoken = client.get("/speech.wav", params={"text": "Saved your run."})
    assert spoken.status_code == 200
    assert spoken.headers["content-type"] == "audio/wav"
    assert spoken.content[:4] == b"RIFF"
    with wave.open(__import__("io").BytesIO(spoken.content)) as wav:
        assert wav.getnframes() / wav.getframerate() > 0.5
    assert client.get("/speech.wav", params={"text": "x" * 601}).status_code == 422


def test_repeated_failed_logins_are_throttled_on_the_page_too(client: TestClient) -> None:
    sign_up(client)
    client.post("/logout", data={"csrf_token": csrf(client)})
    wrong = {"email": "ann@example.com", "password": "not the password"}
    codes = [
        client.post("/login", data={**wrong, "csrf_token": csrf(client)}).status_code
        for _ in range(6)
    ]
    assert codes[0] == 401 and codes[-1] == 429
    refused = client.post("/login", data={**wrong, "csrf_token": csrf(client)})
    assert refused.headers["Retry-After"].isdigit()
    assert "Too many failed logins" in refused.text
    assert '<input id="email"' in refused.text  # the form again, not an error page


def test_history_warns_of_a_spike_in_load(client: TestClient) -> None:
    user = sign_up(client)
    diary = web(client).pipeline(user).entries
    light = Entry.model_validate(
        {
            "activity_type": "fitness",
            "entry_date": TODAY - dt.timedelta(days=27),
            "data": {"type": "running", "duration_minutes": 30, "intensity": "low"},
        }
    )
    heavy = [
        Entry.model_validate(
            {
                "activity_type": "fitness",
                "entry_date": TODAY - dt.timedelta(days=n),
                "data": {"type": "gym", "duration_minutes": 60, "intensity": "high"},
            }
        )
        for n in range(7)
    ]
    diary.add([light, *heavy])
    page = client.get(f"/history?day={TODAY.isoformat()}").text
    assert "Acute (7-day) load 3360" in page  # 7 x 60 min x RPE 8, as the core counts it
    assert "Workload ratio above 1.5" in page
