# Generated from the OpenRouter OpenAPI spec (components/schemas/ApplyPatchServerTool_OpenRouter) by `python -m codegen`; do not edit.
"""OpenRouter built-in server tool: validates V4A diff patches for file operations (create, update,
delete).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.apply_patch_server_tool_config import ApplyPatchServerToolConfig


@attrs.frozen(kw_only=True)
class ApplyPatchServerToolOpenRouter:
    """OpenRouter built-in server tool: validates V4A diff patches for file operations (create,
    update, delete).
    """

    parameters: ApplyPatchServerToolConfig | None = None
    type: str = "openrouter:apply_patch"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
