# Generated from the OpenRouter OpenAPI spec (components/schemas/ResponseHealingPlugin) by `python -m codegen`; do not edit.
"""The ``ResponseHealingPlugin`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ResponseHealingPlugin:
    """The ``ResponseHealingPlugin`` object."""

    enabled: bool | None = None
    """Set to false to disable the response-healing plugin for this request."""
    id: str = "response-healing"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        enabled: bool | None = None,
        id: str = "response-healing",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("enabled", enabled)
        _setattr("id", id)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(enabled={self.enabled!r}, id={self.id!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.enabled, self.id, self.extra_fields) == (
            other.enabled,
            other.id,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("ResponseHealingPlugin", self.enabled, self.id, self.extra_fields))

    # --- end of attrs methods ---
