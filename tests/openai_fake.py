"""A local stand-in for the OpenAI API, so the OpenAI backends are tested over real HTTP.

The backends run unmodified with the real ``openai`` client; only ``openai_base_url`` points here.
The server speaks just enough of the API: ``POST /v1/audio/transcriptions`` (multipart, answers
``{"text": ...}``) and ``POST /v1/chat/completions`` (one choice whose content the test sets).
It checks the bearer key, insists on strict structured outputs (and the schema subset OpenAI accepts
for them, so a schema it would reject fails here too), records every request for the test to
inspect, and can be told to fail the next requests with any status.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import threading
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from cricketlog.config import Settings

API_KEY = "sk-test-0123456789abcdefSECRET"
"""The only key the fake accepts; tests check it never shows up in an error."""
_FORBIDDEN_KEYWORDS = ("default", "oneOf", "discriminator", "if", "not", "patternProperties")


@dataclass
class Request:
    """One request as the server received it."""

    path: str
    headers: dict[str, str]
    """Header names in lower case."""
    json: dict[str, Any] = field(default_factory=dict)
    """The body of a JSON request."""
    form: dict[str, str] = field(default_factory=dict)
    """The text fields of a multipart request."""
    files: dict[str, tuple[str, str, bytes]] = field(default_factory=dict)
    """The file fields of a multipart request: name -> (file name, content type, bytes)."""


@dataclass
class Failure:
    """An error answer queued for the next request."""

    status: int
    message: str
    retry: bool = False
    """Let the client retry (after 1 ms) instead of telling it not to."""
    raw: bytes | None = None
    """Send these bytes as an HTML body instead of an error object (a broken proxy, say)."""


class FakeOpenAI:
    """The server, on 127.0.0.1 and a free port, while used as a context manager."""

    def __init__(self) -> None:
        self.requests: list[Request] = []
        self.transcript = "Nets for an hour, felt sharp."
        """What the transcription endpoint answers."""
        self.content: str | None = '{"entries": []}'
        """The chat answer's content (JSON text, or anything to test a bad answer)."""
        self.refusal: str | None = None
        """The chat answer's refusal; set it to make the model refuse."""
        self.failures: deque[Failure] = deque()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    def __enter__(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def settings(self, home: Path, api_key: str = API_KEY) -> Settings:
        """Settings for both OpenAI backends, pointed at this server."""
        return Settings(
            transcriber="openai",
            extractor="openai",
            openai_api_key=api_key,
            openai_base_url=self.base_url,
            home=home,
            config_file=home / "config.toml",
        )

    def fail(
        self,
        status: int,
        message: str = "Something went wrong.",
        *,
        retry: bool = False,
        raw: bytes | None = None,
    ) -> None:
        """Answer the next request with ``status`` and an OpenAI-style error body (or ``raw``)."""
        self.failures.append(Failure(status, message, retry, raw))

    def answer(self, request: Request) -> tuple[int, dict[str, str], dict[str, Any] | bytes]:
        """Status, extra headers and body for a request that passed the key check."""
        if self.failures:
            failure = self.failures.popleft()
            headers = {"retry-after-ms": "1"} if failure.retry else {"x-should-retry": "false"}
            if failure.raw is not None:
                return failure.status, {"Content-Type": "text/html", **headers}, failure.raw
            return failure.status, headers, _error(failure.message)
        if request.path == "/v1/audio/transcriptions":
            return 200, {}, {"text": self.transcript}
        if request.path == "/v1/chat/completions":
            problems = strict_schema_problems(request.json.get("response_format"))
            if problems:
                return 400, {}, _error("Invalid schema for response_format: " + "; ".join(problems))
            return 200, {}, self._completion(request.json["model"])
        return 404, {}, _error(f"Unknown path {request.path}")

    def _completion(self, model: str) -> dict[str, Any]:
        message = {"role": "assistant", "content": self.content, "refusal": self.refusal}
        return {
            "id": "chatcmpl-fake",
            "object": "chat.completion",
            "created": 0,
            "model": model,
            "choices": [
                {"index": 0, "message": message, "finish_reason": "stop", "logprobs": None}
            ],
        }


def strict_schema_problems(response_format: Any) -> list[str]:
    """Why OpenAI would refuse ``response_format`` for strict structured outputs (empty: fine)."""
    if not isinstance(response_format, dict) or response_format.get("type") != "json_schema":
        return ["response_format.type must be json_schema"]
    spec = response_format.get("json_schema", {})
    if spec.get("strict") is not True:
        return ["json_schema.strict must be true"]
    schema = spec.get("schema", {})
    problems = [] if schema.get("type") == "object" else ["the root must be an object"]
    return problems + _node_problems(schema, "#")


def _node_problems(node: Any, where: str) -> list[str]:
    if isinstance(node, list):
        return [p for i, item in enumerate(node) for p in _node_problems(item, f"{where}/{i}")]
    if not isinstance(node, dict):
        return []
    problems = [f"{where}: '{k}' is not permitted" for k in _FORBIDDEN_KEYWORDS if k in node]
    if node.get("type") == "object" or "properties" in node:
        if node.get("additionalProperties") is not False:
            problems.append(f"{where}: additionalProperties must be false")
        if sorted(node.get("required", [])) != sorted(node.get("properties", {})):
            problems.append(f"{where}: every property must be required")
    for key, value in node.items():
        if key == "properties":
            problems += [p for k, v in value.items() for p in _node_problems(v, f"{where}/{k}")]
        elif key not in ("required", "enum", "const"):
            problems += _node_problems(value, f"{where}/{key}")
    return problems


def _error(message: str) -> dict[str, Any]:
    return {"error": {"message": message, "type": "invalid_request_error", "code": None}}


def _handler(fake: FakeOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            request = _parse(self.path, {k.lower(): v for k, v in self.headers.items()}, body)
            fake.requests.append(request)
            if request.headers.get("authorization") != f"Bearer {API_KEY}":
                # Like OpenAI, name the key that was refused: the backends must not repeat it.
                key = request.headers.get("authorization", "").removeprefix("Bearer ")
                self._send(401, {}, _error(f"Incorrect API key provided: {key}."))
            else:
                self._send(*fake.answer(request))

        def _send(self, status: int, headers: dict[str, str], body: dict[str, Any] | bytes) -> None:
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
            self.send_response(status)
            for name, value in {"Content-Type": "application/json", **headers}.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: pytest shows failures, not access logs."""

    return Handler


def _parse(path: str, headers: dict[str, str], body: bytes) -> Request:
    request = Request(path=path, headers=headers)
    content_type = headers.get("content-type", "")
    if content_type.startswith("application/json"):
        request.json = json.loads(body)
    elif content_type.startswith("multipart/form-data"):
        head = f"Content-Type: {content_type}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
        for part in message.iter_parts():
            name = str(part.get_param("name", header="content-disposition"))
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes), f"part {name} is not a plain value"
            filename = part.get_filename()
            if filename:
                request.files[name] = (filename, part.get_content_type(), payload)
            else:
                request.form[name] = payload.decode()
    return request
