"""A ceiling on the size of every request body, before anything reads it.

Starlette parses a form (and spools its files to disk) wherever a route asks for it, with
no limit on the whole body; a sign-in form could otherwise be made to write gigabytes to
the server's disk. This middleware answers 413 as soon as a body is declared or found to
be larger than its path allows: uploads may carry their files, every other request
little. Written by hand because Starlette and FastAPI offer no such setting.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SMALL = 1 << 20  # bytes: any form or JSON body but an upload


class TooLarge(Exception):
    pass


class BodyLimit:
    """ASGI middleware: `limit_of(path)` bytes at most for a request body to that path."""

    def __init__(self, app: Any, limit_of: Callable[[str], int]) -> None:
        self.app = app
        self.limit_of = limit_of

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        limit = self.limit_of(scope["path"])
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await self._refuse(send, limit)
            return
        seen = 0

        async def counted() -> dict[str, Any]:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise TooLarge()
            return message

        started = False

        async def sending(message: dict[str, Any]) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, sending)
        except TooLarge:
            if not started:
                await self._refuse(send, limit)

    @staticmethod
    async def _refuse(send: Any, limit: int) -> None:
        body = f'{{"error": "the request body is larger than {limit} bytes"}}'.encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
