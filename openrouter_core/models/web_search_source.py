# Generated from the OpenRouter OpenAPI spec (components/schemas/WebSearchSource) by `python -m codegen`; do not edit.
"""The ``WebSearchSource`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class WebSearchSource:
    """The ``WebSearchSource`` object."""

    type: str = "url"
    url: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
