# Generated from the OpenRouter OpenAPI spec (components/schemas/MessagesStopEvent) by `python -m codegen`; do not edit.
"""Event sent when the message is complete."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.openrouter_metadata import OpenRouterMetadata


@attrs.frozen(kw_only=True)
class MessagesStopEvent:
    """Event sent when the message is complete."""

    openrouter_metadata: OpenRouterMetadata | None = None
    type: str = "message_stop"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        openrouter_metadata: OpenRouterMetadata | None = None,
        type: str = "message_stop",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("openrouter_metadata", openrouter_metadata)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"openrouter_metadata={self.openrouter_metadata!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.openrouter_metadata, self.type, self.extra_fields) == (
            other.openrouter_metadata,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("MessagesStopEvent", self.openrouter_metadata, self.type, self.extra_fields))

    # --- end of attrs methods ---
