# Generated from the OpenRouter OpenAPI spec (components/schemas/GenerationContentData) by `python -m codegen`; do not edit.
"""Stored prompt and completion content, plus the failure error when one was stored."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.generation_content_error import GenerationContentError


@attrs.frozen(kw_only=True)
class GenerationContentDataInputVariant1:
    """One of the shapes of :class:`GenerationContentDataInput`."""

    prompt: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class GenerationContentDataInputVariant2:
    """One of the shapes of :class:`GenerationContentDataInput`."""

    messages: list[Any]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


GenerationContentDataInput: TypeAlias = (
    GenerationContentDataInputVariant1 | GenerationContentDataInputVariant2
)
"""The input to the generation — either a prompt string or an array of messages."""


@attrs.frozen(kw_only=True)
class GenerationContentDataOutput:
    """The output from the generation."""

    completion: str | None
    """The completion output."""
    reasoning: str | None
    """Reasoning/thinking output, if any."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class GenerationContentData:
    """Stored prompt and completion content, plus the failure error when one was stored."""

    error: GenerationContentError | None
    input: GenerationContentDataInput
    """The input to the generation — either a prompt string or an array of messages."""
    output: GenerationContentDataOutput
    """The output from the generation."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
