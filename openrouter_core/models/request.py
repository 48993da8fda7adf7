# Generated from the OpenRouter OpenAPI spec (components/schemas/Request) by `python -m codegen`; do not edit.
"""The ``Request`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class Request:
    """The ``Request`` object."""

    body: dict[str, Any]
    """Request payload for the batch `endpoint`."""
    custom_id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        body: dict[str, Any],
        custom_id: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("body", body)
        _setattr("custom_id", custom_id)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(body={self.body!r}, custom_id={self.custom_id!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.body, self.custom_id, self.extra_fields) == (
            other.body,
            other.custom_id,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("Request", self.body, self.custom_id, self.extra_fields))

    # --- end of attrs methods ---
