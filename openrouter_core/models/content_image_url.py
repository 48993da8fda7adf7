# Generated from the OpenRouter OpenAPI spec (components/schemas/ContentImageURL) by `python -m codegen`; do not edit.
"""The ``ContentImageURL`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.content_image_url_image_url import ContentImageURLImageURL


@attrs.frozen(kw_only=True)
class ContentImageURL:
    """The ``ContentImageURL`` object."""

    image_url: ContentImageURLImageURL
    type: str = "image_url"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
