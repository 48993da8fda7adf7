# Generated from the OpenRouter OpenAPI spec (components/schemas/URLCitation) by `python -m codegen`; do not edit.
"""The ``URLCitation`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class URLCitation:
    """The ``URLCitation`` object."""

    content: str | None = None
    end_index: int
    start_index: int
    title: str
    type: str = "url_citation"
    url: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
