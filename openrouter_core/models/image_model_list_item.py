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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        architecture: ImageModelArchitecture,
        created: int,
        description: str,
        endpoints: str,
        id: str,
        name: str,
        supported_parameters: dict[str, CapabilityDescriptor],
        supports_streaming: bool,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("architecture", architecture)
        _setattr("created", created)
        _setattr("description", description)
        _setattr("endpoints", endpoints)
        _setattr("id", id)
        _setattr("name", name)
        _setattr("supported_parameters", supported_parameters)
        _setattr("supports_streaming", supports_streaming)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"architecture={self.architecture!r}, "
            f"created={self.created!r}, "
            f"description={self.description!r}, "
            f"endpoints={self.endpoints!r}, "
            f"id={self.id!r}, "
            f"name={self.name!r}, "
            f"supported_parameters={self.supported_parameters!r}, "
            f"supports_streaming={self.supports_streaming!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.architecture,
            self.created,
            self.description,
            self.endpoints,
            self.id,
            self.name,
            self.supported_parameters,
            self.supports_streaming,
            self.extra_fields,
        ) == (
            other.architecture,
            other.created,
            other.description,
            other.endpoints,
            other.id,
            other.name,
            other.supported_parameters,
            other.supports_streaming,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ImageModelListItem",
                self.architecture,
                self.created,
                self.description,
                self.endpoints,
                self.id,
                self.name,
                self.supported_parameters,
                self.supports_streaming,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
