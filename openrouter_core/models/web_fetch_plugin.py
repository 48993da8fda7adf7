# Generated from the OpenRouter OpenAPI spec (components/schemas/WebFetchPlugin) by `python -m codegen`; do not edit.
"""The ``WebFetchPlugin`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class WebFetchPlugin:
    """The ``WebFetchPlugin`` object."""

    allowed_domains: list[str] | None = None
    """Only fetch from these domains."""
    blocked_domains: list[str] | None = None
    """Never fetch from these domains."""
    id: str = "web-fetch"
    max_content_tokens: int | None = None
    """Maximum content length in approximate tokens."""
    max_uses: int | None = None
    """Maximum number of web fetches per request."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
