# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageModelEndpointsResponse) by `python -m codegen`; do not edit.
"""The full per-endpoint records for an image model."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.image_endpoint import ImageEndpoint


@attrs.frozen(kw_only=True)
class ImageModelEndpointsResponse:
    """The full per-endpoint records for an image model."""

    endpoints: list[ImageEndpoint]
    id: str
    """Model slug."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
