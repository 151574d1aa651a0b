"""The one place the OpenAI backends get their client and turn its failures into user messages.

The transcriber and the extractor are separate stages but talk to the same service, so the
client recipe (key check, base URL, timeout, retries) and the mapping from ``openai`` exceptions
to one-line :class:`~cricketlog.errors.CricketlogError` messages live here once. The ``openai``
package is imported inside the functions: it is slow to import and only these backends need it.

The API key is a secret: no message built here contains it, and text that comes back from the
server is scrubbed of it before it is shown, since a proxy or fake server may echo it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from cricketlog.config import Settings
from cricketlog.errors import ConfigError, CricketlogError, Unavailable

if TYPE_CHECKING:
    from openai import OpenAI

OPENAI_URL = "https://api.openai.com/v1"
TIMEOUT_S = 60.0
"""Per request: long enough to transcribe five minutes of speech, short enough not to hang."""
MAX_RETRIES = 2
"""The client retries rate limits, 5xx answers and dropped connections this often, with backoff."""
_MAX_DETAIL = 160
"""Server text shown in a message is cut to this many characters to keep it one line."""


class MissingApiKey(ConfigError, Unavailable):
    """An OpenAI backend is chosen but no API key is set."""


class ApiKeyRejected(ConfigError, Unavailable):
    """OpenAI refused the API key that is set."""


def make_client(settings: Settings) -> OpenAI:
    """A client for the settings' key and server; :class:`MissingApiKey` when there is none."""
    if not settings.openai_api_key:
        raise MissingApiKey("The OpenAI backends need an API key, and none is set.")
    from openai import OpenAI

    return OpenAI(
        api_key=settings.openai_api_key,
        # Never None: the client would then read OPENAI_BASE_URL itself, behind the settings' back.
        base_url=settings.openai_base_url or OPENAI_URL,
        timeout=TIMEOUT_S,
        max_retries=MAX_RETRIES,
    )


@contextmanager
def api_errors(client: OpenAI, error: type[CricketlogError], doing: str) -> Iterator[None]:
    """Re-raise any ``openai`` failure inside the block as ``error`` with a one-line message.

    ``doing`` completes "while ..." (e.g. ``"transcribing"``); the client's key is scrubbed from
    any server text that makes it into the message.
    """
    import openai

    secret = client.api_key
    try:
        yield
    except openai.AuthenticationError:
        raise ApiKeyRejected(f"OpenAI rejected the API key while {doing}.") from None
    except openai.PermissionDeniedError:
        raise error(f"OpenAI refused access while {doing}: the key's project lacks it.") from None
    except openai.RateLimitError:
        raise error(
            f"OpenAI rate limit or quota reached while {doing}: wait a minute, or check billing."
        ) from None
    except openai.NotFoundError:
        raise error(
            f"OpenAI does not know the model used for {doing}: check the model setting."
        ) from None
    except openai.APITimeoutError:
        raise error(f"OpenAI did not answer in time while {doing}: try again.") from None
    except openai.APIConnectionError:
        raise error(
            f"Could not reach OpenAI while {doing}: check your connection or openai_base_url."
        ) from None
    except openai.APIStatusError as exc:
        # ``body`` is the server's ``error`` object; ``exc.message`` adds an "Error code" prefix.
        said = exc.body.get("message") if isinstance(exc.body, dict) else None
        detail = _one_line(str(said or exc.message), secret)
        raise error(f"OpenAI failed while {doing} (HTTP {exc.status_code}): {detail}") from None
    except (openai.LengthFinishReasonError, openai.ContentFilterFinishReasonError):
        raise error(f"OpenAI's answer was cut short or filtered while {doing}.") from None
    except openai.OpenAIError as exc:
        raise error(f"OpenAI failed while {doing}: {_one_line(str(exc), secret)}") from None


def _one_line(text: str, secret: str) -> str:
    """Server text fit for a message: without the secret, on one line, not too long."""
    if secret:
        text = text.replace(secret, "****")
    text = " ".join(text.split())
    return text if len(text) <= _MAX_DETAIL else text[: _MAX_DETAIL - 3] + "..."
