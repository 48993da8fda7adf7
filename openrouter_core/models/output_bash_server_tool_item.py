# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputBashServerToolItem) by `python -m codegen`; do not edit.
"""An openrouter:bash server tool output item."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class OutputBashServerToolItem:
    """An openrouter:bash server tool output item."""

    arguments: str | Unset | None = UNSET
    """The raw tool-call arguments string as emitted by the model."""
    call_id: str | Unset | None = UNSET
    """The model-generated tool call id from the originating turn."""
    command: str | None = None
    exit_code: int | None = attrs.field(default=None, metadata={"wire": "exitCode"})
    id: str | None = None
    status: str
    """Known values: :class:`ToolCallStatus`."""
    stderr: str | None = None
    stdout: str | None = None
    type: str = "openrouter:bash"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
