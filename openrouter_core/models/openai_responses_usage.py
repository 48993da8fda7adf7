# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenAIResponsesUsage) by `python -m codegen`; do not edit.
"""The ``OpenAIResponsesUsage`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class OpenAIResponsesUsageInputTokensDetails:
    """The ``input_tokens_details`` of a :class:`OpenAIResponsesUsage`."""

    cache_write_tokens: int | Unset | None = UNSET
    cached_tokens: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cache_write_tokens: int | Unset | None = UNSET,
        cached_tokens: int,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("cache_write_tokens", cache_write_tokens)
        _setattr("cached_tokens", cached_tokens)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cache_write_tokens={self.cache_write_tokens!r}, "
            f"cached_tokens={self.cached_tokens!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.cache_write_tokens, self.cached_tokens, self.extra_fields) == (
            other.cache_write_tokens,
            other.cached_tokens,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OpenAIResponsesUsageInputTokensDetails",
                self.cache_write_tokens,
                self.cached_tokens,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class OpenAIResponsesUsageOutputTokensDetails:
    """The ``output_tokens_details`` of a :class:`OpenAIResponsesUsage`."""

    reasoning_tokens: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        reasoning_tokens: int,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("reasoning_tokens", reasoning_tokens)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(reasoning_tokens={self.reasoning_tokens!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.reasoning_tokens, self.extra_fields) == (
            other.reasoning_tokens,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("OpenAIResponsesUsageOutputTokensDetails", self.reasoning_tokens, self.extra_fields)
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class OpenAIResponsesUsage:
    """The ``OpenAIResponsesUsage`` object."""

    input_tokens: int
    input_tokens_details: OpenAIResponsesUsageInputTokensDetails
    output_tokens: int
    output_tokens_details: OpenAIResponsesUsageOutputTokensDetails
    total_tokens: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        input_tokens: int,
        input_tokens_details: OpenAIResponsesUsageInputTokensDetails,
        output_tokens: int,
        output_tokens_details: OpenAIResponsesUsageOutputTokensDetails,
        total_tokens: int,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("input_tokens", input_tokens)
        _setattr("input_tokens_details", input_tokens_details)
        _setattr("output_tokens", output_tokens)
        _setattr("output_tokens_details", output_tokens_details)
        _setattr("total_tokens", total_tokens)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"input_tokens={self.input_tokens!r}, "
            f"input_tokens_details={self.input_tokens_details!r}, "
            f"output_tokens={self.output_tokens!r}, "
            f"output_tokens_details={self.output_tokens_details!r}, "
            f"total_tokens={self.total_tokens!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.input_tokens,
            self.input_tokens_details,
            self.output_tokens,
            self.output_tokens_details,
            self.total_tokens,
            self.extra_fields,
        ) == (
            other.input_tokens,
            other.input_tokens_details,
            other.output_tokens,
            other.output_tokens_details,
            other.total_tokens,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OpenAIResponsesUsage",
                self.input_tokens,
                self.input_tokens_details,
                self.output_tokens,
                self.output_tokens_details,
                self.total_tokens,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
