# Generated from the OpenRouter OpenAPI spec (components/schemas/UpdateExternalUserRequest) by `python -m codegen`; do not edit.
"""The ``UpdateExternalUserRequest`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class UpdateExternalUserRequest:
    """The ``UpdateExternalUserRequest`` object."""

    is_active: bool
    """Registration state only; does not enforce inference access."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self, *, is_active: bool, extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("is_active", is_active)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(is_active={self.is_active!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.is_active, self.extra_fields) == (other.is_active, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("UpdateExternalUserRequest", self.is_active, self.extra_fields))

    # --- end of attrs methods ---
