# Generated from the OpenRouter OpenAPI spec (components/schemas/ApplyPatchServerTool) by `python -m codegen`; do not edit.
"""Apply patch tool configuration."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ApplyPatchServerTool:
    """Apply patch tool configuration."""

    type: str = "apply_patch"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
