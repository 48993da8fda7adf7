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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self, *, prompt: str, extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("prompt", prompt)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(prompt={self.prompt!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.prompt, self.extra_fields) == (other.prompt, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("GenerationContentDataInputVariant1", self.prompt, self.extra_fields))

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class GenerationContentDataInputVariant2:
    """One of the shapes of :class:`GenerationContentDataInput`."""

    messages: list[Any]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        messages: list[Any],
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("messages", messages)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(messages={self.messages!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.messages, self.extra_fields) == (other.messages, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("GenerationContentDataInputVariant2", self.messages, self.extra_fields))

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        completion: str | None,
        reasoning: str | None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("completion", completion)
        _setattr("reasoning", reasoning)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"completion={self.completion!r}, "
            f"reasoning={self.reasoning!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.completion, self.reasoning, self.extra_fields) == (
            other.completion,
            other.reasoning,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("GenerationContentDataOutput", self.completion, self.reasoning, self.extra_fields)
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class GenerationContentData:
    """Stored prompt and completion content, plus the failure error when one was stored."""

    error: GenerationContentError | None
    input: GenerationContentDataInput
    """The input to the generation — either a prompt string or an array of messages."""
    output: GenerationContentDataOutput
    """The output from the generation."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        error: GenerationContentError | None,
        input: GenerationContentDataInput,
        output: GenerationContentDataOutput,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("error", error)
        _setattr("input", input)
        _setattr("output", output)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"error={self.error!r}, "
            f"input={self.input!r}, "
            f"output={self.output!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.error, self.input, self.output, self.extra_fields) == (
            other.error,
            other.input,
            other.output,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("GenerationContentData", self.error, self.input, self.output, self.extra_fields)
        )

    # --- end of attrs methods ---
