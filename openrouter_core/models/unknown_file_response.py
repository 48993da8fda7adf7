# Generated from the OpenRouter OpenAPI spec (components/schemas/UnknownFileResponse) by `python -m codegen`; do not edit.
"""A FileResponse variant the SDK doesn't recognize."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class UnknownFileResponse:
    """A FileResponse variant the SDK doesn't recognize."""

    shape: str | None = None
    raw: Any
    is_unknown: bool | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        shape: str | None = None,
        raw: Any,
        is_unknown: bool | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("shape", shape)
        _setattr("raw", raw)
        _setattr("is_unknown", is_unknown)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"shape={self.shape!r}, "
            f"raw={self.raw!r}, "
            f"is_unknown={self.is_unknown!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.shape, self.raw, self.is_unknown, self.extra_fields) == (
            other.shape,
            other.raw,
            other.is_unknown,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("UnknownFileResponse", self.shape, self.raw, self.is_unknown, self.extra_fields)
        )

    # --- end of attrs methods ---
