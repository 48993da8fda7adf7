# Generated from the OpenRouter OpenAPI spec (components/schemas/STTUsage) by `python -m codegen`; do not edit.
"""Aggregated usage statistics for the request."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class STTUsage:
    """Aggregated usage statistics for the request."""

    cost: float | None = None
    """Total cost of the request in USD."""
    input_tokens: int | None = None
    """Number of input tokens billed for this request."""
    output_tokens: int | None = None
    """Number of output tokens generated."""
    seconds: float | None = None
    """Duration of the input audio in seconds."""
    total_tokens: int | None = None
    """Total number of tokens used (input + output)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cost: float | None = None,
        input_tokens: int | None = None,
        output_tokens: int | None = None,
        seconds: float | None = None,
        total_tokens: int | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("cost", cost)
        _setattr("input_tokens", input_tokens)
        _setattr("output_tokens", output_tokens)
        _setattr("seconds", seconds)
        _setattr("total_tokens", total_tokens)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cost={self.cost!r}, "
            f"input_tokens={self.input_tokens!r}, "
            f"output_tokens={self.output_tokens!r}, "
            f"seconds={self.seconds!r}, "
            f"total_tokens={self.total_tokens!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.cost,
            self.input_tokens,
            self.output_tokens,
            self.seconds,
            self.total_tokens,
            self.extra_fields,
        ) == (
            other.cost,
            other.input_tokens,
            other.output_tokens,
            other.seconds,
            other.total_tokens,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "STTUsage",
                self.cost,
                self.input_tokens,
                self.output_tokens,
                self.seconds,
                self.total_tokens,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
