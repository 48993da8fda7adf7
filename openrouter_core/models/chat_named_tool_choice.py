# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatNamedToolChoice) by `python -m codegen`; do not edit.
"""Named tool choice for specific function."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ChatNamedToolChoiceFunction:
    """The ``function`` of a :class:`ChatNamedToolChoice`."""

    name: str
    """Function name to call."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ChatNamedToolChoice:
    """Named tool choice for specific function."""

    function: ChatNamedToolChoiceFunction
    type: str = "function"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
