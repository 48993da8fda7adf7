# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputFilesServerToolItem) by `python -m codegen`; do not edit.
"""An openrouter:files server tool output item."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class OutputFilesServerToolItem:
    """An openrouter:files server tool output item."""

    arguments: str | Unset | None = UNSET
    """The raw tool-call arguments string as emitted by the model."""
    call_id: str | Unset | None = UNSET
    """The model-generated tool call id from the originating turn."""
    error: str | None = None
    """Error message when the file operation failed."""
    file_id: str | None = None
    """The target file id supplied in the tool-call arguments."""
    filename: str | None = None
    """The target filename supplied in the tool-call arguments."""
    id: str | None = None
    operation: str | None = None
    """The file operation performed (list, read, write, or edit)."""
    result: str | None = None
    """JSON-serialized result of the file operation."""
    status: str
    """Known values: :class:`ToolCallStatus`."""
    type: str = "openrouter:files"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
