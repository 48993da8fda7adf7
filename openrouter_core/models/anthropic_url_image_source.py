# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicUrlImageSource) by `python -m codegen`; do not edit.
"""The ``AnthropicUrlImageSource`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicUrlImageSource:
    """The ``AnthropicUrlImageSource`` object."""

    type: str = "url"
    url: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
