# Generated from the OpenRouter OpenAPI spec (components/schemas/ORAnthropicNullableCaller) by `python -m codegen`; do not edit.
"""One of :class:`AnthropicDirectCaller`, :class:`AnthropicCodeExecution20250825Caller`,
:class:`AnthropicCodeExecution20260120Caller`, ``dict[str, Any]``.
"""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.anthropic_code_execution20250825_caller import (
    AnthropicCodeExecution20250825Caller,
)
from openrouter_core.models.anthropic_code_execution20260120_caller import (
    AnthropicCodeExecution20260120Caller,
)
from openrouter_core.models.anthropic_direct_caller import AnthropicDirectCaller

ORAnthropicNullableCaller: TypeAlias = (
    AnthropicDirectCaller
    | AnthropicCodeExecution20250825Caller
    | AnthropicCodeExecution20260120Caller
    | dict[str, Any]
)
"""One of :class:`AnthropicDirectCaller`, :class:`AnthropicCodeExecution20250825Caller`,
:class:`AnthropicCodeExecution20260120Caller`, ``dict[str, Any]``.
"""


_OR_ANTHROPIC_NULLABLE_CALLER_BY_TYPE: dict[Any, Any] = {
    "code_execution_20250825": AnthropicCodeExecution20250825Caller,
    "code_execution_20260120": AnthropicCodeExecution20260120Caller,
    "direct": AnthropicDirectCaller,
}


def _choose_or_anthropic_nullable_caller(data: Any) -> Any:
    """The member of :data:`ORAnthropicNullableCaller` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _OR_ANTHROPIC_NULLABLE_CALLER_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"ORAnthropicNullableCaller: expected an object, got {type(data).__name__}")


register_union(ORAnthropicNullableCaller, _choose_or_anthropic_nullable_caller)
