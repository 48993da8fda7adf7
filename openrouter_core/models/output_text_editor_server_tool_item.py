# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputTextEditorServerToolItem) by `python -m codegen`; do not edit.
"""An openrouter:text_editor server tool output item."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputTextEditorServerToolItem:
    """An openrouter:text_editor server tool output item."""

    command: str | None = None
    """Known values: ``"view"``, ``"create"``, ``"str_replace"``, ``"insert"``."""
    file_path: str | None = attrs.field(default=None, metadata={"wire": "filePath"})
    id: str | None = None
    status: str
    """Known values: :class:`ToolCallStatus`."""
    type: str = "openrouter:text_editor"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
