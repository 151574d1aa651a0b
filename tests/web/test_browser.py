"""The browser app in a real browser against a real server: Debian's Chromium, headless, with a
fake microphone playing a WAV file, driven by Playwright.

A player signs up, records by keyboard (Record and Stop reached with Tab), sees the words heard
while speaking and the entries as cards, answers a question by typing, saves and hears the
confirmation, finds the entry in the history, edits it and logs out. Chromium has no speech
voices here, so ``speechSynthesis`` is replaced by a stand-in that keeps what it was asked to
say; another takes the voice away to check the server's spoken WAV stands in for it, and a third
closes the tab while the player speaks and finishes the recording it left. Screenshots of each
page go to the test's temporary folder, for looking at by eye.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from webapp import PASSWORD

DATA = Path(__file__).parent.parent / "data"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--use-fake-ui-for-media-stream",
    "--use-fake-device-for-media-stream",
]
WITH_VOICE = """
window.__spoken = [];
Object.defineProperty(window, "speechSynthesis", {configurable: true, value: {
  speak(utterance) { window.__spoken.push(utterance.text); },
  getVoices() { return [{name: "stand-in", lang: "en-GB", default: true}]; },
  cancel() {}, addEventListener() {}, removeEventListener() {},
}});
"""
NO_VOICE = """
Object.defineProperty(window, "speechSynthesis", {configurable: true, value: {
  speak() { throw new Error("no voice to speak with"); },
  getVoices() { return []; },
  cancel() {}, addEventListener() {}, removeEventListener() {},
}});
"""
QUESTION = "How did you feel mentally: excellent, good, okay or poor?"
TIMEOUT_MS = 60_000
"""Long enough for a transcription on a busy two-core machine."""

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists() and os.environ.get("CI") != "true",
    reason="Debian's chromium is not installed (scripts/system-deps.sh installs it)",
)


@pytest.fixture
def microphone(tmp_path: Path) -> Path:
    """What the fake microphone plays: ``nets.flac`` as 16-bit WAV (Chromium reads only WAV),
    a coaching session that says everything but how the player felt, so a question is asked."""
    import soundfile

    samples, rate = soundfile.read(DATA / "nets.flac", dtype="int16")
    path = tmp_path / "microphone.wav"
    soundfile.write(path, samples, rate, subtype="PCM_16")
    return path


@pytest.fixture
def browser(microphone: Path) -> Iterator[object]:
    """Headless Chromium whose microphone plays :func:`microphone` once."""
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=TIMEOUT_MS)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[*ARGS, f"--use-file-for-fake-audio-capture={microphone}%noloop"],
        )
        yield browser
        browser.close()


def shot(page: object, folder: Path, name: str) -> None:
    """A full-page screenshot into the test's temporary folder (never the repository)."""
    page.screenshot(path=folder / f"{name}.png", full_page=True)  # type: ignore[attr-defined]


def tab_to(page: object, name: str, presses: int = 20) -> None:
    """Press Tab until the button called ``name`` has the focus (fails if it never does)."""
    for _ in range(presses):
        page.keyboard.press("Tab")  # type: ignore[attr-defined]
        focused = page.evaluate(  # type: ignore[attr-defined]
            "document.activeElement && document.activeElement.textContent.trim()"
        )
        if focused == name:
            return
    pytest.fail(f"{name!r} cannot be reached with Tab")


def new_page(context: Any) -> Any:
    """A new tab that waits as long as the slowest step may take."""
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    return page


def signed_up(browser: Any, server: str, email: str, voice: str) -> tuple[Any, Any]:
    """A new browser context with ``voice`` (a speechSynthesis stand-in) and a tab signed up
    as ``email``."""
    context = browser.new_context()
    context.add_init_script(voice)
    page = new_page(context)
    page.goto(f"{server}/signup")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign up").click()
    return context, page


def test_record_answer_save_find_edit_log_out(browser: object, server: str, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    context = browser.new_context(viewport={"width": 1100, "height": 900})  # type: ignore[attr-defined]
    context.add_init_script(WITH_VOICE)
    page = new_page(context)
    page.on("dialog", lambda dialog: dialog.accept())

    page.goto(f"{server}/")
    expect(page).to_have_url(re.compile(r"/login$"))
    page.get_by_role("link", name="Sign up").first.click()
    shot(page, tmp_path, "signup")
    page.get_by_label("Email").fill("player@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign up").click()
    expect(page).to_have_url(re.compile(r"/record$"))
    shot(page, tmp_path, "record")

    tab_to(page, "Record")
    page.keyboard.press("Enter")
    stop = page.get_by_role("button", name="Stop")
    expect(stop).to_be_enabled()
    expect(stop).to_be_focused()
    expect(page.locator("#heard")).to_contain_text("session", ignore_case=True)
    shot(page, tmp_path, "recording")
    page.keyboard.press("Enter")

    card = page.locator(".card")
    expect(card).to_have_count(1)
    expect(card).to_contain_text("Cricket coaching")
    expect(card).to_contain_text("netting 60 min")
    shot(page, tmp_path, "cards")
    page.get_by_role("textbox", name=QUESTION).fill("pretty good")
    page.get_by_role("button", name="Answer", exact=True).click()
    expect(page.get_by_role("textbox", name=QUESTION)).to_have_count(0)
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".saved")).to_contain_text("Saved your 60 minute nets session")
    page.wait_for_function("window.__spoken.length > 0")
    spoken = page.evaluate("window.__spoken")
    assert spoken == ["Saved your 60 minute nets session: feeling good."]
    shot(page, tmp_path, "saved")

    page.get_by_role("link", name="History", exact=True).click()
    entry = page.locator(".entry").filter(has_text="netting 60 min")
    expect(entry).to_contain_text("feeling good")
    shot(page, tmp_path, "history")
    entry.get_by_role("link", name=re.compile("^Edit")).click()
    page.get_by_label("Minutes").fill("75")
    page.get_by_role("button", name="Save changes").click()
    expect(page.locator(".entry").filter(has_text="netting 75 min")).to_have_count(1)
    shot(page, tmp_path, "edited")
    page.reload()
    expect(page.locator(".entry").filter(has_text="netting 75 min")).to_have_count(1)

    page.get_by_role("button", name="Log out").click()
    expect(page).to_have_url(re.compile(r"/login$"))
    page.goto(f"{server}/history")
    expect(page).to_have_url(re.compile(r"/login$"))
    context.close()


def test_without_a_browser_voice_the_server_speaks(
    browser: object, server: str, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    context, page = signed_up(browser, server, "quiet@example.com", NO_VOICE)
    expect(page).to_have_url(re.compile(r"/record$"))

    page.get_by_role("link", name="Upload", exact=True).click()
    page.get_by_label("Audio file").set_input_files(DATA / "run.wav")
    page.get_by_role("button", name="Upload").click()
    expect(page.locator(".card")).to_contain_text("running 45 min high")
    shot(page, tmp_path, "upload")
    with page.expect_response(re.compile(r"/speech\.wav\?text=")) as spoken:
        page.get_by_role("button", name="Save").click()
    answer = spoken.value
    assert answer.status == 200
    assert answer.headers["content-type"] == "audio/wav"
    assert "Saved%20your%2045%20minute%20run" in answer.url
    context.close()


def test_a_closed_tab_leaves_the_recording_to_finish(
    browser: object, server: str, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    context, page = signed_up(browser, server, "hasty@example.com", WITH_VOICE)
    page.get_by_role("button", name="Record").click()
    expect(page.locator("#heard")).to_contain_text("short ball", ignore_case=True)
    page.close()  # the tab is closed before Stop

    page = new_page(context)
    page.goto(f"{server}/record")
    pending = page.locator("#pending")
    expect(pending).to_contain_text("Unfinished recordings")
    shot(page, tmp_path, "unfinished")
    pending.get_by_role("button", name=re.compile("^Finish")).click()
    expect(page.locator(".card")).to_contain_text("netting 60 min")
    page.get_by_role("textbox", name=QUESTION).fill("okay")
    page.get_by_role("textbox", name=QUESTION).press("Enter")
    expect(page.get_by_role("textbox", name=QUESTION)).to_have_count(0)
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".saved")).to_contain_text("Saved your 60 minute nets session")
    page.wait_for_function("window.__spoken.length > 0")
    assert page.evaluate("window.__spoken") == ["Saved your 60 minute nets session: feeling okay."]
    expect(page.locator(".pending-clip")).to_have_count(0)  # the list follows without a reload
    context.close()
