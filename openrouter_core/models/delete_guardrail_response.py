# Generated from the OpenRouter OpenAPI spec (components/schemas/DeleteGuardrailResponse) by `python -m codegen`; do not edit.
"""The ``DeleteGuardrailResponse`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class DeleteGuardrailResponse:
    """The ``DeleteGuardrailResponse`` object."""

    deleted: bool = True
    """Confirmation that the guardrail was deleted."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        deleted: bool = True,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("deleted", deleted)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(deleted={self.deleted!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.deleted, self.extra_fields) == (other.deleted, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("DeleteGuardrailResponse", self.deleted, self.extra_fields))

    # --- end of attrs methods ---
