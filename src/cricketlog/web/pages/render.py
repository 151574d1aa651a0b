"""How the pages are drawn: one Jinja environment, its filters, and page-or-fragment responses.

Templates autoescape everything (a note holding ``<script>`` is shown as text wherever it
appears); the only markup passed in unescaped is the SVG charts that
:mod:`cricketlog.reports.html` draws and escapes itself. One URL serves a whole page, or with
``HX-Request`` just the fragment htmx swaps in (the htmx "contact app" pattern). Every page gets
the CSRF token for its forms, and a Content-Security-Policy that lets it load nothing from
elsewhere and run no inline script, so a slip in escaping could not run anything.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Any, Final

from fastapi import Depends, HTTPException, Request, status
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from cricketlog.reports.brief import details
from cricketlog.reports.html import KINDS
from cricketlog.reports.match_figures import number
from cricketlog.reports.summary import mood_name
from cricketlog.store import User
from cricketlog.web.auth import csrf_token, page_user, set_csrf_cookie
from cricketlog.web.fields import choice_label, form_fields

TEMPLATES: Final = Path(__file__).parent.parent / "templates"
SECURITY: Final = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "media-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; "
        "base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}
"""Headers on every page and fragment."""


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True, lstrip_blocks=True
    )
    env.filters.update(
        details=details,
        kind_label=KINDS.__getitem__,
        choice_label=choice_label,
        form_fields=form_fields,
        day=lambda day: f"{day:%a %d %b %Y}",
        moment=lambda moment: f"{moment:%a %d %b %Y, %H:%M}",
        mood=mood_name,
        figure=number,
        sentence=lambda text: text[:1].upper() + text[1:],
    )
    return env


templates = Jinja2Templates(env=_environment())


def is_htmx(request: Request) -> bool:
    """Whether htmx asked (and wants a fragment, not a page)."""
    return request.headers.get("HX-Request") == "true"


def viewer(request: Request) -> User:
    """The signed-in user of a page; htmx is told to go to the login page, a browser is sent."""
    try:
        return page_user(request)
    except HTTPException:
        if is_htmx(request):
            raise HTTPException(
                status.HTTP_401_UNAUTHORIZED, "Not signed in.", headers={"HX-Redirect": "/login"}
            ) from None
        raise


Viewer = Annotated[User, Depends(viewer)]


def render(
    request: Request,
    name: str,
    context: dict[str, Any] | None = None,
    *,
    status_code: int = 200,
    user: User | None = None,
) -> HTMLResponse:
    """The template ``name`` with ``context``, the CSRF token and the signed-in ``user``."""
    full = {"csrf": csrf_token(request), "user": user, "today": dt.date.today(), **(context or {})}
    response = templates.TemplateResponse(
        request, name, full, status_code=status_code, headers=SECURITY
    )
    set_csrf_cookie(request, response)
    return response
