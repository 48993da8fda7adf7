# Generated from the OpenRouter OpenAPI spec (components/schemas/FusionSource) by `python -m codegen`; do not edit.
"""A web page retrieved via web search during a fusion run."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class FusionSource:
    """A web page retrieved via web search during a fusion run."""

    title: str
    """Title of the retrieved web page."""
    url: str
    """URL of the web page a panel or the analyst retrieved during the run."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
