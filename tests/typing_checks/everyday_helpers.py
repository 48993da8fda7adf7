"""Checked by mypy --strict (see .ci/run), never run: the everyday helpers type-check as used."""

from __future__ import annotations

import json
from typing import Any

from returns.result import Success
from typing_extensions import assert_type

from openrouter_core import (
    OpenRouterCore,
    ResponseInfo,
    as_message_param,
    from_dict,
    message_text,
    response_info,
    to_dict,
    to_json,
)
from openrouter_core.dicts.chat_messages import ChatMessagesDict
from openrouter_core.models.chat_result import ChatResult
from openrouter_core.streams import EventStream
from openrouter_funcs.chat_send import chat_send
from openrouter_funcs.files_upload import FilesUploadRequestDict, files_upload
from openrouter_funcs.responses_send import responses_send

core = OpenRouterCore(api_key="k")
messages: list[ChatMessagesDict] = [{"role": "user", "content": "Hi"}]

match chat_send(core, {"model": "m", "messages": messages}):
    case Success(ChatResult() as chat):
        text: str = message_text(chat)
        first: str = message_text(chat.choices[0])
        same: str = message_text(chat.choices[0].message)
        messages.append(as_message_param(chat.choices[0].message))
        body: dict[str, Any] = to_dict(chat)
        json.dumps(to_dict(chat))
        again: ChatResult = from_dict(body, ChatResult)
        serialised: str = to_json(chat)
        info = response_info(chat)
        assert_type(info, ResponseInfo | None)
        if info is not None:
            remaining: int | None = info.rate_limit_remaining
            request_id: str | None = info.request_id
            status: int = info.status_code
            attempts: int = info.attempts
            elapsed: float = info.elapsed_ms

match chat_send(core, {"model": "m", "messages": messages, "stream": True}):
    case Success(EventStream() as stream):
        stream_info: ResponseInfo | None = response_info(stream)

answer: str = message_text(responses_send(core, {"model": "m", "input": "Hi"}).unwrap())

upload: FilesUploadRequestDict = {"file": ("document.pdf", b"%PDF-1.4 ...", "application/pdf")}
files_upload(core, upload)
files_upload(core, {"file": ("document.pdf", b"%PDF-1.4 ...", "application/pdf")})
files_upload(core, {"file": b"%PDF-1.4 ..."})
# The form the old docstring showed: a file name is not a file (mypy says so now).
files_upload(core, {"file": "document.pdf"})  # type: ignore[arg-type]

# Citations are typed: a match on the annotation's class narrows it.
from openrouter_core.models.chat_url_citation_annotation import ChatUrlCitationAnnotation  # noqa: E402

match chat_send(core, {"model": "m", "messages": messages}):
    case Success(ChatResult() as cited):
        for annotation in cited.choices[0].message.annotations or []:
            match annotation:
                case ChatUrlCitationAnnotation(url_citation=citation):
                    url: str = citation.url
