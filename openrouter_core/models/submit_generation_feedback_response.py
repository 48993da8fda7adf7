# Generated from the OpenRouter OpenAPI spec (components/schemas/SubmitGenerationFeedbackResponse) by `python -m codegen`; do not edit.
"""Confirmation that the feedback was recorded."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class SubmitGenerationFeedbackResponseData:
    """The ``data`` of a :class:`SubmitGenerationFeedbackResponse`."""

    success: bool = True
    """Whether the feedback was recorded."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        success: bool = True,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("success", success)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(success={self.success!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.success, self.extra_fields) == (other.success, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("SubmitGenerationFeedbackResponseData", self.success, self.extra_fields))

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class SubmitGenerationFeedbackResponse:
    """Confirmation that the feedback was recorded."""

    data: SubmitGenerationFeedbackResponseData
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: SubmitGenerationFeedbackResponseData,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
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
        return hash(("SubmitGenerationFeedbackResponse", self.data, self.extra_fields))

    # --- end of attrs methods ---
