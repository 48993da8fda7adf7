# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicDirectCaller) by `python -m codegen`; do not edit.
"""The ``AnthropicDirectCaller`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicDirectCaller:
    """The ``AnthropicDirectCaller`` object."""

    type: str = "direct"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
