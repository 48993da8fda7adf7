# Generated from the OpenRouter OpenAPI spec (components/schemas/ListToolsResponseLinks) by `python -m codegen`; do not edit.
"""The ``ListToolsResponseLinks`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ListToolsResponseLinks:
    """The ``ListToolsResponseLinks`` object."""

    next: str | None
    """URL for the next page of results, or null if this is the last page."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
