# Generated from the OpenRouter OpenAPI spec (components/schemas/ModelsCountResponse) by `python -m codegen`; do not edit.
"""Model count data."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ModelsCountResponseData:
    """Model count data."""

    count: int
    """Total number of available models."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self, *, count: int, extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("count", count)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(count={self.count!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.count, self.extra_fields) == (other.count, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("ModelsCountResponseData", self.count, self.extra_fields))

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class ModelsCountResponse:
    """Model count data."""

    data: ModelsCountResponseData
    """Model count data."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: ModelsCountResponseData,
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
        return hash(("ModelsCountResponse", self.data, self.extra_fields))

    # --- end of attrs methods ---
