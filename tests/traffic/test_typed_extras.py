"""Fields the live API sends that the spec lacks are typed model fields (codegen/overlay.yaml).

Replayed through the real functions in strict mode: the values are read into their typed
fields, not left in ``extra_fields``.
"""

from __future__ import annotations

from typing import Any

import pytest
from returns.result import Success

from openrouter_core.models.chat_file_annotation import ChatFileAnnotation
from openrouter_core.models.chat_url_citation_annotation import ChatUrlCitationAnnotation
from tests.faultserver import FaultServer

from .corpus import load_cases
from .test_replay import replay

CASES = {case.name: case for case in load_cases()}


@pytest.fixture(scope="module")
def server() -> Any:
    with FaultServer() as running:
        yield running


def test_web_search_citations_are_typed(server: FaultServer) -> None:
    chat = replay(server, CASES["chat_deepseek_web_search_annotations"], strict=True).unwrap()
    message = chat.choices[0].message
    assert message.extra_fields == {}
    match message.annotations[0]:
        case ChatUrlCitationAnnotation(url_citation=citation):
            assert citation.url == "https://github.com/pydantic/pydantic-ai/tree/v1.67.0"
            assert citation.title == "GitHub - pydantic/pydantic-ai at v1.67.0 · GitHub"
            assert citation.content.startswith("GitHub - pydantic/pydantic-ai")
        case other:
            raise AssertionError(other)
    assert (chat.provider, chat.choices[0].native_finish_reason) == ("Novita", "stop")
    assert chat.usage.completion_tokens_details.image_tokens == 0
    assert chat.extra_fields == {} and chat.choices[0].extra_fields == {}


def test_file_annotations_are_typed(server: FaultServer) -> None:
    chat = replay(server, CASES["chat_gpt51_codex_mini_file_annotation"], strict=True).unwrap()
    annotation = chat.choices[0].message.annotations[0]
    assert isinstance(annotation, ChatFileAnnotation)
    assert annotation.file.name == "filename.pdf"
    assert [part.text for part in annotation.file.content][1] == "# Dummy PDF file"


def test_a_non_streamed_tool_call_has_its_index(server: FaultServer) -> None:
    chat = replay(server, CASES["chat_gemini25_flash_nested_tool_call"], strict=True).unwrap()
    call = chat.choices[0].message.tool_calls[0]
    assert call.index == 0 and call.extra_fields == {}
    assert chat.choices[0].native_finish_reason == "STOP"
    assert chat.provider == "Google AI Studio"


def test_stream_chunks_carry_provider_native_finish_reason_and_annotations(
    server: FaultServer,
) -> None:
    result = replay(server, CASES["chat_stream_deepseek_web_search_annotations"], strict=True)
    assert isinstance(result, Success)
    with result.unwrap() as stream:
        chunks = [item.unwrap() for item in stream]
    assert {chunk.provider for chunk in chunks} == {"Novita"}
    first = chunks[0].choices[0]
    assert isinstance(first.delta.annotations[0], ChatUrlCitationAnnotation)
    assert first.delta.annotations[0].url_citation.url.endswith("/tree/v1.67.0")
    assert chunks[-1].choices[0].native_finish_reason == "stop"
    assert all(chunk.extra_fields == {} for chunk in chunks)
