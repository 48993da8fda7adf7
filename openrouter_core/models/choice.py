# Generated from the OpenRouter OpenAPI spec (components/schemas/Choice) by `python -m codegen`; do not edit.
"""The ``Choice`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.logprobs import Logprobs
    from openrouter_core.models.message import Message


@attrs.frozen(kw_only=True)
class Choice:
    """The ``Choice`` object."""

    finish_reason: str
    """Known values: ``"stop"``, ``"length"``, ``"tool_calls"``, ``"content_filter"``,
    ``"function_call"``.
    """
    index: int
    logprobs: Logprobs | None
    message: Message
    native_finish_reason: str | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        finish_reason: str,
        index: int,
        logprobs: Logprobs | None,
        message: Message,
        native_finish_reason: str | None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("finish_reason", finish_reason)
        _setattr("index", index)
        _setattr("logprobs", logprobs)
        _setattr("message", message)
        _setattr("native_finish_reason", native_finish_reason)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"finish_reason={self.finish_reason!r}, "
            f"index={self.index!r}, "
            f"logprobs={self.logprobs!r}, "
            f"message={self.message!r}, "
            f"native_finish_reason={self.native_finish_reason!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.finish_reason,
            self.index,
            self.logprobs,
            self.message,
            self.native_finish_reason,
            self.extra_fields,
        ) == (
            other.finish_reason,
            other.index,
            other.logprobs,
            other.message,
            other.native_finish_reason,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "Choice",
                self.finish_reason,
                self.index,
                self.logprobs,
                self.message,
                self.native_finish_reason,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
