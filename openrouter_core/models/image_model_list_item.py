# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageModelListItem) by `python -m codegen`; do not edit.
"""A single image model in the discovery listing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.capability_descriptor import CapabilityDescriptor
    from openrouter_core.models.image_model_architecture import ImageModelArchitecture


@attrs.frozen(kw_only=True)
class ImageModelListItem:
    """A single image model in the discovery listing."""

    architecture: ImageModelArchitecture
    created: int
    """Unix timestamp (seconds) of when the model was created."""
    description: str
    endpoints: str
    """Relative URL to the full per-endpoint records for this model."""
    id: str
    """Model slug."""
    name: str
    """Display name."""
    supported_parameters: dict[str, CapabilityDescriptor]
    """Union of supported parameters across every endpoint of this model."""
    supports_streaming: bool
    """Whether any endpoint of this model supports native SSE streaming on the dedicated Image API
    (i.e. `stream: true` in the request).
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
