# Generated from the OpenRouter OpenAPI spec (components/schemas/ShellCallOutputItem) by `python -m codegen`; do not edit.
"""Output from a shell command execution (newer variant)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.shell_call_output_content import ShellCallOutputContent


@attrs.frozen(kw_only=True)
class ShellCallOutputItem:
    """Output from a shell command execution (newer variant)."""

    call_id: str
    id: str | Unset | None = UNSET
    max_output_length: int | Unset | None = UNSET
    output: list[ShellCallOutputContent]
    status: str | Unset | None = UNSET
    """Known values: :class:`ToolCallStatus`."""
    type: str = "shell_call_output"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
