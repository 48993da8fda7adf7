"""A dict request sends the same body as the request class, and is sent without building one.

A dict request is checked where it stands and sent as the wire dict the check writes. What the
request class would have added or changed must still be there: defaults a model fills in (a
tool's ``"type": "function"``), ``None`` left out where the field is optional but not nullable,
``null`` sent where it is nullable, date-times in UTC with ``Z``, integral floats as ints, keys
the class does not know (``extra_fields``) after the declared ones, and the declared ones in
the class's order. Each case sends both forms through a MockTransport and compares the bytes.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from openrouter_core.models.api_keys_create_body import ApiKeysCreateBody
from openrouter_core.models.chat_format_json_schema_config import ChatFormatJsonSchemaConfig
from openrouter_core.models.chat_function_tool import (
    ChatFunctionToolFunction,
    ChatFunctionToolFunctionFunction,
)
from openrouter_core.models.chat_json_schema_config import ChatJsonSchemaConfig
from openrouter_core.models.chat_request import ChatRequest
from openrouter_core.models.chat_system_message import ChatSystemMessage
from openrouter_core.models.chat_user_message import ChatUserMessage
from openrouter_core.models.embeddings_generate_body import EmbeddingsGenerateBody
from openrouter_core.models.prediction import Prediction
from openrouter_funcs.api_keys_create import ApiKeysCreateRequest, api_keys_create
from openrouter_funcs.chat_send import ChatSendRequest, chat_send
from openrouter_funcs.embeddings_generate import EmbeddingsGenerateRequest, embeddings_generate
from openrouter_funcs.files_upload import FilesUploadRequest, files_upload
from tests.conftest import make_core

SCHEMA = {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}

#: (the call, the request as a dict, the same request as its class).
Case = tuple[Callable[..., Any], Callable[[], dict[str, Any]], Callable[[], Any]]

CASES: dict[str, Case] = {
    "chat: messages, tools, response_format, headers, extra_fields": (
        chat_send,
        lambda: {
            # Out of the class's order, a float where an int belongs, a prediction without its
            # "type" (the class fills in "content"), None for optional and nullable fields.
            "temperature": 0.5,
            "max_tokens": 100.0,
            "messages": [
                {"role": "system", "content": "Be brief."},
                {"role": "user", "content": "Weather in Paris?", "name": None},
            ],
            "model": "openai/gpt-4o",
            "tools": [
                {
                    "type": "function",
                    "function": {"name": "weather", "parameters": SCHEMA, "strict": None},
                }
            ],
            "prediction": {"content": "Sunny"},
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": "answer", "schema": SCHEMA, "strict": True},
            },
            "seed": None,
            "app_title": "Mine",
            "extra_fields": {"new_knob": {"a": [1, 2]}},
        },
        lambda: ChatSendRequest(
            body=ChatRequest(
                model="openai/gpt-4o",
                messages=[
                    ChatSystemMessage(role="system", content="Be brief."),
                    ChatUserMessage(role="user", content="Weather in Paris?"),
                ],
                temperature=0.5,
                max_tokens=100,
                tools=[
                    ChatFunctionToolFunction(
                        function=ChatFunctionToolFunctionFunction(
                            name="weather", parameters=SCHEMA, strict=None
                        )
                    )
                ],
                response_format=ChatFormatJsonSchemaConfig(
                    json_schema=ChatJsonSchemaConfig(name="answer", schema=SCHEMA, strict=True)
                ),
                prediction=Prediction(content="Sunny"),
                seed=None,
                extra_fields={"new_knob": {"a": [1, 2]}},
            ),
            app_title="Mine",
        ),
    ),
    "embeddings": (
        embeddings_generate,
        lambda: {"model": "openai/text-embedding-3-small", "input": ["a", "b"], "dimensions": 8},
        lambda: EmbeddingsGenerateRequest(
            body=EmbeddingsGenerateBody(
                model="openai/text-embedding-3-small", input=["a", "b"], dimensions=8
            )
        ),
    ),
    "api key with a date-time in another zone": (
        api_keys_create,
        lambda: {"name": "ci", "limit": 5.0, "expires_at": "2027-12-31T23:59:59+01:00"},
        lambda: ApiKeysCreateRequest(
            body=ApiKeysCreateBody(
                name="ci",
                limit=5.0,
                expires_at=_dt.datetime(
                    2027, 12, 31, 23, 59, 59, tzinfo=_dt.timezone(_dt.timedelta(hours=1))
                ),
            )
        ),
    ),
    "multipart upload": (
        files_upload,
        lambda: {"file": ("notes.txt", b"hello", "text/plain"), "provider": "openai"},
        lambda: FilesUploadRequest(file=("notes.txt", b"hello", "text/plain"), provider="openai"),
    ),
}


def sent_body(call: Callable[..., Any], request: Any) -> tuple[dict[str, str], bytes]:
    """The headers the call's JSON or form body came with (lower-cased), and the body itself
    with a multipart boundary made constant."""
    seen: list[httpx.Request] = []

    def handler(sent: httpx.Request) -> httpx.Response:
        sent.read()
        seen.append(sent)
        return httpx.Response(400, json={"error": {"code": 400, "message": "no"}})

    call(make_core(handler), request)
    (sent,) = seen
    content = sent.content
    match = re.search(rb"boundary=([\w-]+)", sent.headers.get("content-type", "").encode())
    if match:
        content = content.replace(match.group(1), b"BOUNDARY")
    headers = {key: value for key, value in sent.headers.items() if key.startswith("x-")}
    return headers, content


@pytest.mark.parametrize("case", list(CASES))
def test_a_dict_request_sends_the_same_bytes_as_its_class(case: str) -> None:
    call, as_dict, as_class = CASES[case]
    assert sent_body(call, as_dict()) == sent_body(call, as_class())


def test_the_chat_case_sends_what_the_class_adds_and_leaves_out() -> None:
    call, as_dict, _ = CASES["chat: messages, tools, response_format, headers, extra_fields"]
    _, body = sent_body(call, as_dict())
    text = body.decode()
    assert '"prediction":{"content":"Sunny","type":"content"}' in text  # the class's default
    assert '"strict":null' in text and '"seed":null' in text  # nullable: None is sent
    assert '"name":null' not in text  # optional but not nullable: None is left out
    assert '"max_tokens":100,' in text  # an integral float goes as the int the field is
    assert text.index('"messages"') < text.index('"model"') < text.index('"temperature"')
    assert text.endswith('"new_knob":{"a":[1,2]}}')


#: Run in a fresh interpreter: a class's ``__new__`` cannot be put back once replaced (the
#: type keeps a slot that then refuses the arguments ``__init__`` takes), so no other test may
#: see the probe.
_PROBE = """
import json
from typing import Any

from openrouter_core.models.chat_function_tool import ChatFunctionToolFunction
from openrouter_core.models.chat_request import ChatRequest
from openrouter_core.models.chat_user_message import ChatUserMessage
from openrouter_funcs.chat_send import ChatSendRequest, chat_send
from tests.conftest import make_core
from tests.test_dict_requests import CASES, sent_body

built: list[str] = []


def counting_new(cls: type[Any], *args: Any, **kwargs: Any) -> Any:
    built.append(cls.__name__)
    return object.__new__(cls)


for cls in (ChatSendRequest, ChatRequest, ChatUserMessage, ChatFunctionToolFunction):
    cls.__new__ = counting_new
call, as_dict, _ = CASES["chat: messages, tools, response_format, headers, extra_fields"]
_, body = sent_body(call, as_dict())
assert b'"Weather in Paris?"' in body
print(json.dumps(built))
ChatUserMessage(role="user", content="hi")  # the probe does see a model being made
print(json.dumps(built))
"""


def test_a_dict_request_builds_no_model() -> None:
    root = Path(__file__).parent.parent
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, cwd=root
    )
    while_sending, after = (json.loads(line) for line in out.stdout.splitlines()[-2:])
    assert while_sending == []
    assert after == ["ChatUserMessage"]
