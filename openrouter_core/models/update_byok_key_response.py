# Generated from the OpenRouter OpenAPI spec (components/schemas/UpdateBYOKKeyResponse) by `python -m codegen`; do not edit.
"""The ``UpdateBYOKKeyResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.byok_key import BYOKKey


@attrs.frozen(kw_only=True)
class UpdateBYOKKeyResponse:
    """The ``UpdateBYOKKeyResponse`` object."""

    data: BYOKKey
    """The updated BYOK credential."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self, *, data: BYOKKey, extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING
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
        return hash(("UpdateBYOKKeyResponse", self.data, self.extra_fields))

    # --- end of attrs methods ---
