# Generated from the OpenRouter OpenAPI spec (components/schemas/ModelLinks) by `python -m codegen`; do not edit.
"""Related API endpoints and resources for this model."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ModelLinks:
    """Related API endpoints and resources for this model."""

    details: str
    """URL for the model details/endpoints API."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self, *, details: str, extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("details", details)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(details={self.details!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.details, self.extra_fields) == (other.details, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("ModelLinks", self.details, self.extra_fields))

    # --- end of attrs methods ---
