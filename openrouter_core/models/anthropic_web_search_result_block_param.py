# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicWebSearchResultBlockParam) by `python -m codegen`; do not edit.
"""The ``AnthropicWebSearchResultBlockParam`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class AnthropicWebSearchResultBlockParam:
    """The ``AnthropicWebSearchResultBlockParam`` object."""

    encrypted_content: str
    page_age: str | Unset | None = UNSET
    title: str
    type: str = "web_search_result"
    url: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
