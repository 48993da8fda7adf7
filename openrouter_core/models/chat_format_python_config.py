# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatFormatPythonConfig) by `python -m codegen`; do not edit.
"""Python code response format."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ChatFormatPythonConfig:
    """Python code response format."""

    type: str = "python"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
