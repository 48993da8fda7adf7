# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicPlainTextSource) by `python -m codegen`; do not edit.
"""The ``AnthropicPlainTextSource`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicPlainTextSource:
    """The ``AnthropicPlainTextSource`` object."""

    data: str
    media_type: str = "text/plain"
    type: str = "text"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
