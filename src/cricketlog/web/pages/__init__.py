"""The browser app's pages: server-rendered HTML with htmx, over the same core as the API.

``accounts`` signs people up, in and out; ``record`` is live recording, unsaved recordings and
uploads; ``history`` the summaries, the entries and the diary file. ``render`` draws them all.
"""

from fastapi import APIRouter

from cricketlog.web.pages import accounts, history, record

router = APIRouter()
for part in (accounts, record, history):
    router.include_router(part.router)
