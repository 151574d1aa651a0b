"""Who is asking: passwords, tokens, and the FastAPI dependencies that turn a request into a user.

Passwords are checked and hashed by :mod:`cricketlog.accounts`. A signed-in user holds a JWT
(HS256) naming their id, with an expiry, and a short fingerprint of their password hash, so
changing a password (``cricketlog users passwd``) ends every token issued before it. The signing
secret is the ``secret_key`` setting, or one generated on first start and kept owner-only in the
data folder, so every worker and every restart on this machine signs alike.

The API takes the token as a bearer token; pages keep it in an HttpOnly cookie, and the socket
takes either. Pages' form posts carry a CSRF token (double submit: a cookie the page's origin set
and the same value in a hidden field or the ``X-CSRF-Token`` header), which a cross-site page
can neither read nor set.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import secrets
import time
from pathlib import Path
from typing import Annotated, Any

import jwt
from fastapi import Depends, HTTPException, Request, WebSocket, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from cricketlog.config import Settings, ensure_home
from cricketlog.store import User, UserNotFound
from cricketlog.web.state import WebState

TOKEN_COOKIE = "cricketlog_token"
CSRF_COOKIE = "cricketlog_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
TOKEN_LIFETIME = dt.timedelta(hours=24)
"""How long a token (and the login cookie holding it) is good for."""
ALGORITHM = "HS256"
SECRET_FILE = "secret_key"


def load_secret(settings: Settings) -> str:
    """The secret that signs tokens: the setting, else the data folder's, made on first use.

    The file is created owner-only and exclusively, so workers starting together agree on one.
    """
    if settings.secret_key:
        return settings.secret_key
    path = ensure_home(settings) / SECRET_FILE
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read_secret(path)
    with os.fdopen(fd, "w") as file:
        file.write(secrets.token_urlsafe(48))
    return _read_secret(path)


def _read_secret(path: Path) -> str:
    for _ in range(50):  # another worker may be writing it this very moment
        text = path.read_text(encoding="utf-8").strip()
        if text:
            return text
        time.sleep(0.02)
    raise RuntimeError(f"The secret key file {path} is empty.")


def _fingerprint(password_hash: str | None) -> str:
    return hashlib.sha256((password_hash or "").encode()).hexdigest()[:16]


def issue_token(secret: str, user: User, lifetime: dt.timedelta = TOKEN_LIFETIME) -> str:
    """A signed token for ``user``, good for ``lifetime``."""
    now = dt.datetime.now(dt.UTC)
    claims = {"sub": str(user.id), "pwd": _fingerprint(user.password_hash), "iat": now}
    return jwt.encode({**claims, "exp": now + lifetime}, secret, algorithm=ALGORITHM)


def _claims(secret: str, token: str) -> dict[str, Any] | None:
    try:
        claims: dict[str, Any] = jwt.decode(
            token, secret, algorithms=[ALGORITHM], options={"require": ["exp", "sub"]}
        )
    except jwt.InvalidTokenError:
        return None
    return claims


def user_of(web: WebState, token: str | None) -> User | None:
    """The user a token names, if it is signed by us, unexpired, and their password unchanged."""
    claims = _claims(web.secret, token) if token else None
    if claims is None or not str(claims["sub"]).isdigit():
        return None
    try:
        user = web.store.users.get(int(claims["sub"]))
    except UserNotFound:
        return None
    fingerprint = str(claims.get("pwd", ""))
    return user if hmac.compare_digest(fingerprint, _fingerprint(user.password_hash)) else None


def web_state(request: Request) -> WebState:
    """The app's :class:`~cricketlog.web.state.WebState` (a dependency)."""
    state: WebState = request.app.state.web
    return state


Web = Annotated[WebState, Depends(web_state)]
_bearer = HTTPBearer(auto_error=False)


def api_user(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> User:
    """The user of an API call (``Authorization: Bearer TOKEN``); 401 without a valid token."""
    user = user_of(web_state(request), credentials.credentials if credentials else None)
    if user is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Not signed in, or the token has expired.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


def page_user(request: Request) -> User:
    """The user of a page (the login cookie); otherwise a redirect to the login page."""
    user = user_of(web_state(request), request.cookies.get(TOKEN_COOKIE))
    if user is None:
        raise HTTPException(status.HTTP_303_SEE_OTHER, headers={"Location": "/login"})
    return user


def socket_user(websocket: WebSocket) -> User | None:
    """The user of a socket: ``?token=`` or the login cookie; None when neither is valid."""
    web: WebState = websocket.app.state.web
    token = websocket.query_params.get("token") or websocket.cookies.get(TOKEN_COOKIE)
    return user_of(web, token)


ApiUser = Annotated[User, Depends(api_user)]
PageUser = Annotated[User, Depends(page_user)]


def csrf_token(request: Request) -> str:
    """The CSRF token for forms on this page: the browser's cookie, or a new one that the
    response sets (see :func:`set_csrf_cookie`)."""
    token = request.cookies.get(CSRF_COOKIE) or getattr(request.state, "csrf_new", None)
    if not token:
        token = request.state.csrf_new = secrets.token_urlsafe(32)
    return str(token)


def set_csrf_cookie(request: Request, response: Any) -> None:
    """Set the CSRF cookie on ``response`` when :func:`csrf_token` made a new one."""
    token = getattr(request.state, "csrf_new", None)
    if token:
        response.set_cookie(
            CSRF_COOKIE, token, httponly=True, samesite="lax", secure=is_https(request)
        )


def set_login_cookie(request: Request, response: Any, token: str) -> None:
    """Keep ``token`` in the login cookie: HttpOnly, SameSite=Lax, Secure over HTTPS."""
    response.set_cookie(
        TOKEN_COOKIE,
        token,
        max_age=int(TOKEN_LIFETIME.total_seconds()),
        httponly=True,
        samesite="lax",
        secure=is_https(request),
    )


def clear_login_cookie(response: Any) -> None:
    """Forget the login cookie (logging out)."""
    response.delete_cookie(TOKEN_COOKIE)


def is_https(request: Request) -> bool:
    """Whether the browser reached us over HTTPS (cookies are then Secure)."""
    return request.url.scheme == "https"


async def check_csrf(request: Request) -> None:
    """Refuse (403) a form post whose CSRF token is missing or not the cookie's."""
    cookie = request.cookies.get(CSRF_COOKIE, "")
    sent = request.headers.get(CSRF_HEADER, "")
    if not sent and "form" in request.headers.get("content-type", ""):
        sent = str((await request.form()).get(CSRF_FIELD, ""))
    if not cookie or not hmac.compare_digest(cookie.encode(), sent.encode()):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "The form has expired; reload the page.")
