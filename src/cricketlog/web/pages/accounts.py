"""Signing up, logging in and out in the browser, through the API's own checks.

The forms post email and password; the checks are the API's (:func:`cricketlog.web.api.login`
with its throttle, :class:`cricketlog.web.api.NewUser` and :func:`cricketlog.web.api.sign_up`),
so a page and a client are refused alike. A success keeps the token in the HttpOnly login cookie
and goes to the record page; a failure shows the form again with one sentence, never the
password.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Request, status
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from cricketlog.store import AlreadyExists
from cricketlog.web.api import NewUser, login, sign_up
from cricketlog.web.auth import (
    Web,
    check_csrf,
    clear_login_cookie,
    issue_token,
    page_user,
    set_login_cookie,
)
from cricketlog.web.pages.render import Viewer, render

router = APIRouter()
Email = Annotated[str, Form(max_length=254)]
Password = Annotated[str, Form(max_length=1024)]
FORMS: dict[str, dict[str, Any]] = {
    "/login": {
        "title": "Log in",
        "button": "Log in",
        "other_text": "New here?",
        "other_link": "Sign up",
        "other_href": "/signup",
    },
    "/signup": {
        "title": "Sign up",
        "button": "Sign up",
        "intro": "An account keeps your diary to yourself: only you see your entries.",
        "other_text": "Have an account?",
        "other_link": "Log in",
        "other_href": "/login",
    },
}


@router.get("/", include_in_schema=False)
def home(request: Request) -> Response:
    """The record page when signed in, else the login page."""
    try:
        page_user(request)
    except HTTPException:
        return RedirectResponse("/login", status.HTTP_303_SEE_OTHER)
    return RedirectResponse("/record", status.HTTP_303_SEE_OTHER)


def _form(
    request: Request, action: str, email: str = "", error: str = "", status_code: int = 200
) -> Response:
    context = {**FORMS[action], "action": action, "active": action, "email": email}
    return render(request, "account.html", {**context, "error": error}, status_code=status_code)


def _signed_in(request: Request, web: Web, user: Any) -> Response:
    response = RedirectResponse("/record", status.HTTP_303_SEE_OTHER)
    set_login_cookie(request, response, issue_token(web.secret, user))
    return response


@router.get("/login", include_in_schema=False)
def login_page(request: Request) -> Response:
    """The login form."""
    return _form(request, "/login")


@router.post("/login", include_in_schema=False, dependencies=[Depends(check_csrf)])
def login_form(request: Request, web: Web, email: Email, password: Password) -> Response:
    """Log in: the login cookie and the record page, or the form again saying why not."""
    try:
        user = login(web, request, email, password)
    except HTTPException as exc:
        response = _form(request, "/login", email, str(exc.detail), exc.status_code)
        response.headers.update(exc.headers or {})
        return response
    return _signed_in(request, web, user)


@router.get("/signup", include_in_schema=False)
def signup_page(request: Request) -> Response:
    """The sign-up form."""
    return _form(request, "/signup")


@router.post("/signup", include_in_schema=False, dependencies=[Depends(check_csrf)])
def signup_form(request: Request, web: Web, email: Email, password: Password) -> Response:
    """Open an account and log in, or show the form again saying why not."""
    try:
        user = sign_up(NewUser(email=email, password=password), web)
    except ValidationError as exc:
        field = str(exc.errors()[0]["loc"][0])
        why = {
            "email": "That is not an email address.",
            "password": "The password needs at least 10 characters.",
        }
        return _form(request, "/signup", email, why.get(field, "Check the form."), 422)
    except HTTPException as exc:
        return _form(request, "/signup", email, str(exc.detail), exc.status_code)
    except AlreadyExists:
        return _form(request, "/signup", email, "There is already an account with that email.", 409)
    return _signed_in(request, web, web.store.users.get(user.id))


@router.post("/logout", include_in_schema=False, dependencies=[Depends(check_csrf)])
def logout(_user: Viewer) -> Response:
    """Forget the login cookie and go to the login page."""
    response = RedirectResponse("/login", status.HTTP_303_SEE_OTHER)
    clear_login_cookie(response)
    return response
