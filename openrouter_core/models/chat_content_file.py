# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatContentFile) by `python -m codegen`; do not edit.
"""File content part for document processing."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ChatContentFileFile:
    """The ``file`` of a :class:`ChatContentFile`."""

    file_data: str | None = None
    """File content as base64 data URL or URL."""
    file_id: str | None = None
    """File ID for previously uploaded files."""
    filename: str | None = None
    """Original filename."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ChatContentFile:
    """File content part for document processing."""

    file: ChatContentFileFile
    type: str = "file"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
