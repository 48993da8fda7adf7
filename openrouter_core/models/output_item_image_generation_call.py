# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputItemImageGenerationCall) by `python -m codegen`; do not edit.
"""The ``OutputItemImageGenerationCall`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class OutputItemImageGenerationCall:
    """The ``OutputItemImageGenerationCall`` object."""

    id: str
    result: str | Unset | None = UNSET
    status: str
    """Known values: :class:`ImageGenerationStatus`."""
    type: str = "image_generation_call"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        id: str,
        result: str | Unset | None = UNSET,
        status: str,
        type: str = "image_generation_call",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("id", id)
        _setattr("result", result)
        _setattr("status", status)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"id={self.id!r}, "
            f"result={self.result!r}, "
            f"status={self.status!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.id, self.result, self.status, self.type, self.extra_fields) == (
            other.id,
            other.result,
            other.status,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputItemImageGenerationCall",
                self.id,
                self.result,
                self.status,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
