# Generated from the OpenRouter OpenAPI spec (components/schemas/WebSearchCitation) by `python -m codegen`; do not edit.
"""The ``WebSearchCitation`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class WebSearchCitation:
    """The ``WebSearchCitation`` object."""

    title: str | None
    url: str
    cited_text: str | None = None
    encrypted_index: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
