# Generated from the OpenRouter OpenAPI spec (components/schemas/ORAnthropicServerToolUseBlock) by `python -m codegen`; do not edit.
"""The ``ORAnthropicServerToolUseBlock`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.or_anthropic_nullable_caller import ORAnthropicNullableCaller


@attrs.frozen(kw_only=True)
class ORAnthropicServerToolUseBlock:
    """The ``ORAnthropicServerToolUseBlock`` object."""

    caller: ORAnthropicNullableCaller | Unset | None = UNSET
    id: str
    input: Any = None
    name: str
    type: str = "server_tool_use"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
