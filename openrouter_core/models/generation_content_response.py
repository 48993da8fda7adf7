# Generated from the OpenRouter OpenAPI spec (components/schemas/GenerationContentResponse) by `python -m codegen`; do not edit.
"""Stored prompt and completion content for a generation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.generation_content_data import GenerationContentData


@attrs.frozen(kw_only=True)
class GenerationContentResponse:
    """Stored prompt and completion content for a generation."""

    data: GenerationContentData
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: GenerationContentData,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("data", data)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(data={self.data!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.data, self.extra_fields) == (other.data, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("GenerationContentResponse", self.data, self.extra_fields))

    # --- end of attrs methods ---
