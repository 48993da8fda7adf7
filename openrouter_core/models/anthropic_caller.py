# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicCaller) by `python -m codegen`; do not edit.
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

AnthropicCaller: TypeAlias = (
    AnthropicDirectCaller
    | AnthropicCodeExecution20250825Caller
    | AnthropicCodeExecution20260120Caller
    | dict[str, Any]
)
"""One of :class:`AnthropicDirectCaller`, :class:`AnthropicCodeExecution20250825Caller`,
:class:`AnthropicCodeExecution20260120Caller`, ``dict[str, Any]``.
"""


_ANTHROPIC_CALLER_BY_TYPE: dict[Any, Any] = {
    "code_execution_20250825": AnthropicCodeExecution20250825Caller,
    "code_execution_20260120": AnthropicCodeExecution20260120Caller,
    "direct": AnthropicDirectCaller,
}


def _choose_anthropic_caller(data: Any) -> Any:
    """The member of :data:`AnthropicCaller` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _ANTHROPIC_CALLER_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"AnthropicCaller: expected an object, got {type(data).__name__}")


register_union(AnthropicCaller, _choose_anthropic_caller)
