# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputCodeInterpreterServerToolItem) by `python -m codegen`; do not edit.
"""An openrouter:code_interpreter server tool output item."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputCodeInterpreterServerToolItem:
    """An openrouter:code_interpreter server tool output item."""

    code: str | None = None
    exit_code: int | None = attrs.field(default=None, metadata={"wire": "exitCode"})
    id: str | None = None
    language: str | None = None
    status: str
    """Known values: :class:`ToolCallStatus`."""
    stderr: str | None = None
    stdout: str | None = None
    type: str = "openrouter:code_interpreter"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
