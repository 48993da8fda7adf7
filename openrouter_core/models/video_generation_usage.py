# Generated from the OpenRouter OpenAPI spec (components/schemas/VideoGenerationUsage) by `python -m codegen`; do not edit.
"""Usage and cost information for the video generation."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class VideoGenerationUsage:
    """Usage and cost information for the video generation."""

    cost: float | Unset | None = UNSET
    """The cost of the video generation in USD."""
    is_byok: bool | None = None
    """Whether the request was made using a Bring Your Own Key configuration."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cost: float | Unset | None = UNSET,
        is_byok: bool | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("cost", cost)
        _setattr("is_byok", is_byok)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(cost={self.cost!r}, is_byok={self.is_byok!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.cost, self.is_byok, self.extra_fields) == (
            other.cost,
            other.is_byok,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("VideoGenerationUsage", self.cost, self.is_byok, self.extra_fields))

    # --- end of attrs methods ---
