# Generated from the OpenRouter OpenAPI spec (components/schemas/ResponseOutputText) by `python -m codegen`; do not edit.
"""The ``ResponseOutputText`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.openai_responses_annotation import OpenAIResponsesAnnotation


@attrs.frozen(kw_only=True)
class ResponseOutputTextLogprobsTopLogprobs:
    """The ``top_logprobs`` of a :class:`ResponseOutputTextLogprobs`."""

    bytes_: list[int] = attrs.field(metadata={"wire": "bytes"})
    logprob: float
    token: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ResponseOutputTextLogprobs:
    """The ``logprobs`` of a :class:`ResponseOutputText`."""

    bytes_: list[int] = attrs.field(metadata={"wire": "bytes"})
    logprob: float
    token: str
    top_logprobs: list[ResponseOutputTextLogprobsTopLogprobs]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ResponseOutputText:
    """The ``ResponseOutputText`` object."""

    annotations: list[OpenAIResponsesAnnotation] | None = None
    logprobs: list[ResponseOutputTextLogprobs] | None = None
    text: str
    type: str = "output_text"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
