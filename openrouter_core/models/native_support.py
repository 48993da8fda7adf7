# Generated from the OpenRouter OpenAPI spec (components/schemas/NativeSupport) by `python -m codegen`; do not edit.
"""Endpoints whose provider runs this tool itself during inference."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.server_tool_native_model import ServerToolNativeModel


@attrs.frozen(kw_only=True)
class NativeSupport:
    """Endpoints whose provider runs this tool itself during inference."""

    endpoint_count: int
    model_count: int
    models: list[ServerToolNativeModel]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
