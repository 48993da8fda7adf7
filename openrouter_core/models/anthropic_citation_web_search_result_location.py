# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicCitationWebSearchResultLocation) by `python -m codegen`; do not edit.
"""The ``AnthropicCitationWebSearchResultLocation`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicCitationWebSearchResultLocation:
    """The ``AnthropicCitationWebSearchResultLocation`` object."""

    cited_text: str
    encrypted_index: str
    title: str | None
    type: str = "web_search_result_location"
    url: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
