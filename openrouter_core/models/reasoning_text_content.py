# Generated from the OpenRouter OpenAPI spec (components/schemas/ReasoningTextContent) by `python -m codegen`; do not edit.
"""The ``ReasoningTextContent`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ReasoningTextContent:
    """The ``ReasoningTextContent`` object."""

    text: str
    type: str = "reasoning_text"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
