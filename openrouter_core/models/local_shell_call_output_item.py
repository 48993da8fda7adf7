# Generated from the OpenRouter OpenAPI spec (components/schemas/LocalShellCallOutputItem) by `python -m codegen`; do not edit.
"""Output from a local shell command execution."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class LocalShellCallOutputItem:
    """Output from a local shell command execution."""

    id: str
    output: str
    status: str | Unset | None = UNSET
    """Known values: :class:`ToolCallStatus`."""
    type: str = "local_shell_call_output"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
