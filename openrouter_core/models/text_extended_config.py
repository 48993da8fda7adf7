# Generated from the OpenRouter OpenAPI spec (components/schemas/TextExtendedConfig) by `python -m codegen`; do not edit.
"""Text output configuration including format and verbosity."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.formats import Formats


@attrs.frozen(kw_only=True)
class TextExtendedConfig:
    """Text output configuration including format and verbosity."""

    format: Formats | None = None
    verbosity: str | Unset | None = UNSET
    """Known values: ``"low"``, ``"medium"``, ``"high"``, ``"xhigh"``, ``"max"``."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        format: Formats | None = None,
        verbosity: str | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("format", format)
        _setattr("verbosity", verbosity)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}(format={self.format!r}, verbosity={self.verbosity!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.format, self.verbosity, self.extra_fields) == (
            other.format,
            other.verbosity,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("TextExtendedConfig", self.format, self.verbosity, self.extra_fields))

    # --- end of attrs methods ---
