# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicContainer) by `python -m codegen`; do not edit.
"""The ``AnthropicContainer`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicContainer:
    """The ``AnthropicContainer`` object."""

    expires_at: str
    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
