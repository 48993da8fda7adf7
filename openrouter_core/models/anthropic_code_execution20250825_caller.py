# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicCodeExecution20250825Caller) by `python -m codegen`; do not edit.
"""The ``AnthropicCodeExecution20250825Caller`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicCodeExecution20250825Caller:
    """The ``AnthropicCodeExecution20250825Caller`` object."""

    tool_id: str
    type: str = "code_execution_20250825"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
