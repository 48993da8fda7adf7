# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicCodeExecution20260120Caller) by `python -m codegen`; do not edit.
"""The ``AnthropicCodeExecution20260120Caller`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicCodeExecution20260120Caller:
    """The ``AnthropicCodeExecution20260120Caller`` object."""

    tool_id: str
    type: str = "code_execution_20260120"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
