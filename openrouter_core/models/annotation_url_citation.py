# Generated from the OpenRouter OpenAPI spec (components/schemas/AnnotationURLCitation) by `python -m codegen`; do not edit.
"""The ``AnnotationURLCitation`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.batch_object_url_citation import BatchObjectURLCitation


@attrs.frozen(kw_only=True)
class AnnotationURLCitation:
    """The ``AnnotationURLCitation`` object."""

    type: str = "url_citation"
    url_citation: BatchObjectURLCitation
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
