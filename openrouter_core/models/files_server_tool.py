# Generated from the OpenRouter OpenAPI spec (components/schemas/FilesServerTool) by `python -m codegen`; do not edit.
"""OpenRouter built-in server tool: read, write, edit, and list workspace files via the Files API."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class FilesServerTool:
    """OpenRouter built-in server tool: read, write, edit, and list workspace files via the Files
    API.
    """

    parameters: dict[str, Any] | None = None
    """Configuration for the openrouter:files server tool."""
    type: str = "openrouter:files"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
