# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputItemReasoning) by `python -m codegen`; do not edit.
"""The ``OutputItemReasoning`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.reasoning_summary_text import ReasoningSummaryText
    from openrouter_core.models.reasoning_text_content import ReasoningTextContent


@attrs.frozen(kw_only=True)
class OutputItemReasoning:
    """The ``OutputItemReasoning`` object."""

    content: list[ReasoningTextContent] | None = None
    encrypted_content: str | Unset | None = UNSET
    id: str
    status: str | None = None
    summary: list[ReasoningSummaryText]
    type: str = "reasoning"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        content: list[ReasoningTextContent] | None = None,
        encrypted_content: str | Unset | None = UNSET,
        id: str,
        status: str | None = None,
        summary: list[ReasoningSummaryText],
        type: str = "reasoning",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("content", content)
        _setattr("encrypted_content", encrypted_content)
        _setattr("id", id)
        _setattr("status", status)
        _setattr("summary", summary)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"content={self.content!r}, "
            f"encrypted_content={self.encrypted_content!r}, "
            f"id={self.id!r}, "
            f"status={self.status!r}, "
            f"summary={self.summary!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.content,
            self.encrypted_content,
            self.id,
            self.status,
            self.summary,
            self.type,
            self.extra_fields,
        ) == (
            other.content,
            other.encrypted_content,
            other.id,
            other.status,
            other.summary,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputItemReasoning",
                self.content,
                self.encrypted_content,
                self.id,
                self.status,
                self.summary,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
