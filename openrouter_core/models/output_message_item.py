# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputMessageItem) by `python -m codegen`; do not edit.
"""An output message item."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.output_message import OutputMessageContent


@attrs.frozen(kw_only=True)
class OutputMessageItem:
    """An output message item."""

    content: list[OutputMessageContent]
    id: str
    phase: str | Unset | None = UNSET
    """The phase of an assistant message."""
    role: str = "assistant"
    status: str | None = None
    type: str = "message"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
