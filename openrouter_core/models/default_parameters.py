# Generated from the OpenRouter OpenAPI spec (components/schemas/DefaultParameters) by `python -m codegen`; do not edit.
"""Default parameters for this model."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class DefaultParameters:
    """Default parameters for this model."""

    frequency_penalty: float | Unset | None = UNSET
    presence_penalty: float | Unset | None = UNSET
    repetition_penalty: float | Unset | None = UNSET
    temperature: float | Unset | None = UNSET
    top_k: int | Unset | None = UNSET
    top_p: float | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        frequency_penalty: float | Unset | None = UNSET,
        presence_penalty: float | Unset | None = UNSET,
        repetition_penalty: float | Unset | None = UNSET,
        temperature: float | Unset | None = UNSET,
        top_k: int | Unset | None = UNSET,
        top_p: float | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("frequency_penalty", frequency_penalty)
        _setattr("presence_penalty", presence_penalty)
        _setattr("repetition_penalty", repetition_penalty)
        _setattr("temperature", temperature)
        _setattr("top_k", top_k)
        _setattr("top_p", top_p)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"frequency_penalty={self.frequency_penalty!r}, "
            f"presence_penalty={self.presence_penalty!r}, "
            f"repetition_penalty={self.repetition_penalty!r}, "
            f"temperature={self.temperature!r}, "
            f"top_k={self.top_k!r}, "
            f"top_p={self.top_p!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.frequency_penalty,
            self.presence_penalty,
            self.repetition_penalty,
            self.temperature,
            self.top_k,
            self.top_p,
            self.extra_fields,
        ) == (
            other.frequency_penalty,
            other.presence_penalty,
            other.repetition_penalty,
            other.temperature,
            other.top_k,
            other.top_p,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "DefaultParameters",
                self.frequency_penalty,
                self.presence_penalty,
                self.repetition_penalty,
                self.temperature,
                self.top_k,
                self.top_p,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
