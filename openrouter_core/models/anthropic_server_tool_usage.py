# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicServerToolUsage) by `python -m codegen`; do not edit.
"""The ``AnthropicServerToolUsage`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicServerToolUsage:
    """The ``AnthropicServerToolUsage`` object."""

    web_fetch_requests: int
    web_search_requests: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
