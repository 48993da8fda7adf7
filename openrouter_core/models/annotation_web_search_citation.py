# Generated from the OpenRouter OpenAPI spec (components/schemas/AnnotationWebSearchCitation) by `python -m codegen`; do not edit.
"""The ``AnnotationWebSearchCitation`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.web_search_citation import WebSearchCitation


@attrs.frozen(kw_only=True)
class AnnotationWebSearchCitation:
    """The ``AnnotationWebSearchCitation`` object."""

    type: str = "web_search_citation"
    web_search_citation: WebSearchCitation
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
