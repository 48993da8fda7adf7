# Generated from the OpenRouter OpenAPI spec (components/schemas/ShellCallItem) by `python -m codegen`; do not edit.
"""A shell command execution call (newer variant)."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ShellCallItemAction:
    """The ``action`` of a :class:`ShellCallItem`."""

    commands: list[str]
    max_output_length: int | Unset | None = UNSET
    timeout_ms: int | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ShellCallItem:
    """A shell command execution call (newer variant)."""

    action: ShellCallItemAction
    arguments: str | Unset | None = UNSET
    """The raw tool-call arguments string as emitted by the model."""
    call_id: str
    environment: Any = None
    id: str | Unset | None = UNSET
    status: str | Unset | None = UNSET
    """Known values: :class:`ToolCallStatus`."""
    type: str = "shell_call"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
