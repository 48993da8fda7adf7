# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicWebSearchResult) by `python -m codegen`; do not edit.
"""The ``AnthropicWebSearchResult`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicWebSearchResult:
    """The ``AnthropicWebSearchResult`` object."""

    encrypted_content: str
    page_age: str | None
    title: str
    type: str = "web_search_result"
    url: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
