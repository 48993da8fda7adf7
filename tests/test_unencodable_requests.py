"""A request the SDK cannot encode is the caller's SDKValidationError, naming the field.

A dict that contains itself, nesting thousands of levels deep, keys that are not strings and
objects JSON has no form for used to surface as ``UnexpectedClientError (RecursionError)``
("please report it") or as an error naming no field, or (an ``int`` key) were sent with the
key silently turned into text. Each case runs sync and async, as a dict request and as a
request class, and no request may leave.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from returns.result import Failure

from openrouter_core.errors import SDKValidationError
from openrouter_core.models.chat_request import ChatRequest
from openrouter_core.models.chat_user_message import ChatUserMessage
from openrouter_funcs.chat_send import ChatSendRequest, chat_send, chat_send_async
from tests.conftest import make_core

DEPTH = 5_000


def nested(depth: int) -> dict[str, Any]:
    top: dict[str, Any] = {}
    current = top
    for _ in range(depth - 1):
        current["a"] = {}
        current = current["a"]
    return top


def itself() -> dict[str, Any]:
    loop: dict[str, Any] = {"role": "user", "content": "hi"}
    loop["again"] = loop
    return loop


#: (the request's fields as a dict request gives them, as a request class gives them, and
#: the field path the error must name for each; a dict names its keys, a class its fields,
#: and a dict holding the body model under "body" names that model's fields).
Case = tuple[Callable[[], dict[str, Any]], Callable[[], ChatSendRequest], str, str]

HI = {"role": "user", "content": "hi"}


def user(**extra: Any) -> ChatUserMessage:
    return ChatUserMessage(role="user", content="hi", extra_fields=extra)


CASES: dict[str, Case] = {
    "message-containing-itself": (
        lambda: {"model": "m", "messages": [itself()]},
        lambda: ChatSendRequest(body=ChatRequest(model="m", messages=[user(loop=itself())])),
        "messages[0].again",
        "body.messages[0].extra_fields.loop.again",
    ),
    "list-containing-itself": (
        lambda: {
            "model": "m",
            "messages": [HI],
            "extra_fields": {"x": (loop := [1], loop.append(loop))[0]},
        },
        lambda: ChatSendRequest(
            body=ChatRequest(
                model="m",
                messages=[user()],
                extra_fields={"x": (loop := [1], loop.append(loop))[0]},
            )
        ),
        "extra_fields.x[1]",
        "body.extra_fields.x[1]",
    ),
    "deep-extra-fields": (
        lambda: {"model": "m", "messages": [HI], "extra_fields": {"deep": nested(DEPTH)}},
        lambda: ChatSendRequest(
            body=ChatRequest(model="m", messages=[user()], extra_fields={"deep": nested(DEPTH)})
        ),
        "extra_fields.deep.a.a.a.a.a.a.a.a.a.a...",
        "body.extra_fields.deep.a.a.a.a.a.a.a.a.a...",
    ),
    "tuple-key-in-metadata": (
        lambda: {"model": "m", "messages": [HI], "metadata": {("a", "b"): "x"}},
        lambda: ChatSendRequest(
            body=ChatRequest(model="m", messages=[user()], metadata={("a", "b"): "x"})  # type: ignore[dict-item]
        ),
        "metadata",
        "body.metadata",
    ),
    "int-key-in-metadata": (
        lambda: {"model": "m", "messages": [HI], "metadata": {1: "x"}},
        lambda: ChatSendRequest(
            body=ChatRequest(model="m", messages=[user()], metadata={1: "x"})  # type: ignore[dict-item]
        ),
        "metadata",
        "body.metadata",
    ),
    "int-key-in-extra-fields": (
        lambda: {"model": "m", "messages": [HI], "extra_fields": {"x": {2: "y"}}},
        lambda: ChatSendRequest(
            body=ChatRequest(model="m", messages=[user()], extra_fields={"x": {2: "y"}})
        ),
        "extra_fields.x",
        "body.extra_fields.x",
    ),
    "object-json-cannot-hold": (
        lambda: {"model": "m", "messages": [HI], "extra_fields": {"when": {"at": object()}}},
        lambda: ChatSendRequest(body=ChatRequest(model="m", messages=[user(at=object())])),
        "extra_fields.when.at",
        "body.messages[0].extra_fields.at",
    ),
    "not-a-number": (
        lambda: {"model": "m", "messages": [HI], "extra_fields": {"scores": [1.0, float("nan")]}},
        lambda: ChatSendRequest(
            body=ChatRequest(
                model="m", messages=[user()], extra_fields={"scores": [1.0, float("inf")]}
            )
        ),
        "extra_fields.scores[1]",
        "body.extra_fields.scores[1]",
    ),
}


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("shape", ["dict", "class", "body-model-in-a-dict"])
@pytest.mark.parametrize("case", list(CASES))
def test_a_request_that_cannot_be_encoded_names_its_field(
    case: str, shape: str, asynchronous: bool
) -> None:
    as_dict, as_class, dict_path, class_path = CASES[case]
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    core = make_core(handler)
    request: Any = (
        as_dict()
        if shape == "dict"
        else as_class()
        if shape == "class"
        else {"body": as_class().body}
    )
    if asynchronous:
        result = asyncio.run(chat_send_async(core, request))
    else:
        result = chat_send(core, request)
    assert isinstance(result, Failure)
    error = result.failure()
    assert isinstance(error, SDKValidationError), repr(error)
    path = dict_path if shape == "dict" else class_path
    assert error.field == path
    assert path in str(error)
    assert sent == []


def test_a_request_that_encodes_is_sent_as_before() -> None:
    sent: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.content)
        return httpx.Response(400, json={"error": {"code": 400, "message": "no"}})

    core = make_core(handler)
    shared = {"k": [1, 2]}  # the same value twice is no cycle
    request = {
        "model": "m",
        "messages": [HI],
        "metadata": {"a": "b"},
        "extra_fields": {"x": shared, "y": shared},
    }
    chat_send(core, request)
    assert sent == [
        b'{"messages":[{"content":"hi","role":"user"}],"metadata":{"a":"b"},"model":"m",'
        b'"x":{"k":[1,2]},"y":{"k":[1,2]}}'
    ]
