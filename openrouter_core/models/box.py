# Generated from the OpenRouter OpenAPI spec (components/schemas/Box) by `python -m codegen`; do not edit.
"""The ``Box`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class Box:
    """The ``Box`` object."""

    bottom: float
    left: float
    right: float
    top: float
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        bottom: float,
        left: float,
        right: float,
        top: float,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("bottom", bottom)
        _setattr("left", left)
        _setattr("right", right)
        _setattr("top", top)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"bottom={self.bottom!r}, "
            f"left={self.left!r}, "
            f"right={self.right!r}, "
            f"top={self.top!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.bottom, self.left, self.right, self.top, self.extra_fields) == (
            other.bottom,
            other.left,
            other.right,
            other.top,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("Box", self.bottom, self.left, self.right, self.top, self.extra_fields))

    # --- end of attrs methods ---
