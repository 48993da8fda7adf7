# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.response_output_text` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.openai_responses_annotation import OpenAIResponsesAnnotationDict

__all__ = [
    "ResponseOutputTextDict",
    "ResponseOutputTextLogprobsDict",
    "ResponseOutputTextLogprobsTopLogprobsDict",
]


class ResponseOutputTextDict(TypedDict, total=False):
    """The dict form of :class:`ResponseOutputText`."""

    annotations: list[OpenAIResponsesAnnotationDict] | None
    logprobs: list[ResponseOutputTextLogprobsDict] | None
    text: Required[str]
    type: Required[Literal["output_text"]]


class ResponseOutputTextLogprobsDict(TypedDict, total=False):
    """The dict form of :class:`ResponseOutputTextLogprobs`."""

    bytes: Required[list[int]]
    logprob: Required[float]
    token: Required[str]
    top_logprobs: Required[list[ResponseOutputTextLogprobsTopLogprobsDict]]


class ResponseOutputTextLogprobsTopLogprobsDict(TypedDict, total=False):
    """The dict form of :class:`ResponseOutputTextLogprobsTopLogprobs`."""

    bytes: Required[list[int]]
    logprob: Required[float]
    token: Required[str]
