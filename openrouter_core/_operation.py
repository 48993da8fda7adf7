"""The declarative description of one API operation: what each function module is made of.

A function module is mostly an :class:`Operation` value, a table of its contract (method,
path, parameters, body, and the status → model / error table) that the one pipeline in
:mod:`openrouter_core._pipeline` executes. Nothing here does I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Generic, Literal, TypeVar

import attrs

from openrouter_core.errors import NAMED_STATUS_ERRORS, DocumentedStatusError

RequestT = TypeVar("RequestT")
ResponseT = TypeVar("ResponseT")

ParamLocation = Literal["path", "query", "header"]
BodyKind = Literal["json", "multipart", "form"]
ResponseKind = Literal["json", "bytes", "byte_stream", "sse", "empty"]


@attrs.frozen
class Param:
    """One path, query or header parameter: its request field and its name on the wire."""

    name: str
    wire: str
    location: ParamLocation
    #: OpenAPI ``explode`` for query arrays/objects (the spec's default for ``form`` is True).
    explode: bool = True


def path(name: str, wire: str) -> Param:
    """A path parameter, percent-encoded so it can never change the path."""
    return Param(name, wire, "path")


def query(name: str, wire: str, *, explode: bool = True) -> Param:
    """A query parameter (``form`` style)."""
    return Param(name, wire, "query", explode)


def header(name: str, wire: str) -> Param:
    """A header parameter."""
    return Param(name, wire, "header")


@attrs.frozen
class Body:
    """How the request's non-parameter fields are sent."""

    kind: BodyKind
    content_type: str
    required: bool = True
    #: The model of a JSON body the request nests as its ``body`` field; None: the request's
    #: own non-parameter fields are the body (multipart forms).
    model: Any = None


def json_body(model: Any, *, content_type: str = "application/json", required: bool = True) -> Body:
    """A JSON body declared by ``model``, held in the request's ``body`` field."""
    return Body("json", content_type, required, model)


JSON_BODY = Body("json", "application/json")
MULTIPART_BODY = Body("multipart", "multipart/form-data")
FORM_BODY = Body("form", "application/x-www-form-urlencoded")


def status_matches(pattern: str, status_code: int) -> bool:
    """Whether ``pattern`` names ``status_code``, exactly (``"429"``) or by range (``"5XX"``).

    The one reading of status patterns, shared by response tables and retry codes.
    """
    pattern = pattern.upper()
    code = str(status_code)
    if pattern.endswith("XX"):
        return pattern[0] == code[0]
    return pattern == code


@attrs.frozen
class Outcome:
    """One row of the response table: a status (``"200"``, ``"4XX"``) and what it becomes."""

    status: str
    kind: ResponseKind
    #: The success model, or None for free-form JSON; for errors, a body model overriding
    #: the error class's own (None: the class's).
    model: Any = None
    #: The documented error class, for error rows.
    error: type[DocumentedStatusError[Any]] | None = None
    content_type: str = "application/json"

    def matches(self, status_code: int) -> bool:
        """Whether this row covers ``status_code`` (exact code or an ``NXX`` range)."""
        return status_matches(self.status, status_code)


def ok(status: int, model: Any, *, content_type: str = "application/json") -> Outcome:
    """A success whose JSON body parses into ``model`` (``Any`` keeps the decoded JSON)."""
    return Outcome(str(status), "json", model=model, content_type=content_type)


def ok_bytes(status: int, content_type: str) -> Outcome:
    """A success whose body is returned as bytes (files, audio, video)."""
    return Outcome(str(status), "bytes", content_type=content_type)


def ok_byte_stream(status: int, content_type: str) -> Outcome:
    """A success whose body is handed over unread, as a ``ByteStream`` (large files)."""
    return Outcome(str(status), "byte_stream", content_type=content_type)


def ok_empty(status: int) -> Outcome:
    """A success with no body."""
    return Outcome(str(status), "empty", content_type="")


def ok_events(status: int, model: Any) -> Outcome:
    """A success streamed as server-sent events, each ``data:`` parsing into ``model``."""
    return Outcome(str(status), "sse", model=model, content_type="text/event-stream")


def fails(error: type[DocumentedStatusError[Any]], *, body: Any = None) -> Outcome:
    """A documented error status, returned as ``error`` with its parsed body.

    ``body`` names the body's model when the operation documents another one than the
    class's own (``err.data`` is then an instance of ``body``).
    """
    return Outcome(str(error.status), "json", model=body, error=error)


#: The row every operation falls back to for a status its own table does not list: a live
#: server sends 429 and 5XX from any endpoint, so each named status maps to its class.
NAMED_STATUS_ROWS: Mapping[int, Outcome] = {
    status: fails(error) for status, error in NAMED_STATUS_ERRORS.items()
}


@attrs.frozen
class Operation(Generic[RequestT, ResponseT]):
    """Everything the pipeline needs to call one operation, read as its contract."""

    operation_id: str
    method: str
    path: str
    #: The request model; a plain mapping with the same keys is accepted too.
    request_type: type[RequestT] | None
    params: tuple[Param, ...] = ()
    body: Body | None = None
    responses: tuple[Outcome, ...] = ()
    #: Whether a request may ask for a stream (``stream=True``).
    streams: bool = False
    #: Value of the Accept header when not streaming.
    accept: str = "application/json"
    #: The path is below the server's origin (``https://openrouter.ai``), not below its
    #: ``/api/v1``: the alpha APIs live beside the versioned one.
    from_origin: bool = False
