# Generated from the OpenRouter OpenAPI spec (components/schemas/RouterParams) by `python -m codegen`; do not edit.
"""The ``RouterParams`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class RouterParams:
    """The ``RouterParams`` object."""

    quality_floor: float | None = None
    throughput_floor: float | None = None
    version_group: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        quality_floor: float | None = None,
        throughput_floor: float | None = None,
        version_group: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("quality_floor", quality_floor)
        _setattr("throughput_floor", throughput_floor)
        _setattr("version_group", version_group)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"quality_floor={self.quality_floor!r}, "
            f"throughput_floor={self.throughput_floor!r}, "
            f"version_group={self.version_group!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.quality_floor,
            self.throughput_floor,
            self.version_group,
            self.extra_fields,
        ) == (other.quality_floor, other.throughput_floor, other.version_group, other.extra_fields)

    def __hash__(self) -> int:
        return hash(
            (
                "RouterParams",
                self.quality_floor,
                self.throughput_floor,
                self.version_group,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
