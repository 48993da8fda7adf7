# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputShellServerToolItem) by `python -m codegen`; do not edit.
"""An openrouter:shell server tool output item."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.shell_call_output_content import ShellCallOutputContent


@attrs.frozen(kw_only=True)
class OutputShellServerToolItemAction:
    """The ``action`` of a :class:`OutputShellServerToolItem`."""

    commands: list[str]
    max_output_length: int | Unset | None = UNSET
    timeout_ms: int | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class OutputShellServerToolItem:
    """An openrouter:shell server tool output item."""

    action: OutputShellServerToolItemAction | None = None
    arguments: str | Unset | None = UNSET
    """The raw tool-call arguments string as emitted by the model."""
    call_id: str | Unset | None = UNSET
    """The model-generated tool call id from the originating turn."""
    id: str | None = None
    output: list[ShellCallOutputContent] | None = None
    status: str
    """Known values: :class:`ToolCallStatus`."""
    type: str = "openrouter:shell"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
