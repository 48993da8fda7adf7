# Generated from the OpenRouter OpenAPI spec (components/schemas/StreamEventsResponseIncomplete) by `python -m codegen`; do not edit.
"""Event emitted when a response is incomplete."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.open_responses_result import OpenResponsesResult


@attrs.frozen(kw_only=True)
class StreamEventsResponseIncomplete:
    """Event emitted when a response is incomplete."""

    response: OpenResponsesResult
    sequence_number: int
    type: str = "response.incomplete"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        response: OpenResponsesResult,
        sequence_number: int,
        type: str = "response.incomplete",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("response", response)
        _setattr("sequence_number", sequence_number)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"response={self.response!r}, "
            f"sequence_number={self.sequence_number!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.response, self.sequence_number, self.type, self.extra_fields) == (
            other.response,
            other.sequence_number,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "StreamEventsResponseIncomplete",
                self.response,
                self.sequence_number,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
