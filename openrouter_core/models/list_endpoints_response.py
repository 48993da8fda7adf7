# Generated from the OpenRouter OpenAPI spec (components/schemas/ListEndpointsResponse) by `python -m codegen`; do not edit.
"""List of available endpoints for a model."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.public_endpoint import PublicEndpoint


@attrs.frozen(kw_only=True)
class ListEndpointsResponseArchitecture:
    """The ``architecture`` of a :class:`ListEndpointsResponse`."""

    input_modalities: list[str]
    """Supported input modalities."""
    instruct_type: str | None
    """Instruction format type. Known values: :class:`InstructType`."""
    modality: str | None
    """Primary modality of the model."""
    output_modalities: list[str]
    """Supported output modalities."""
    tokenizer: str | None
    """Tokenizer type used by the model. Known values: :class:`ModelGroup`."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ListEndpointsResponse:
    """List of available endpoints for a model."""

    architecture: ListEndpointsResponseArchitecture
    created: int
    """Unix timestamp of when the model was created."""
    description: str
    """Description of the model."""
    endpoints: list[PublicEndpoint]
    """List of available endpoints for this model."""
    id: str
    """Unique identifier for the model."""
    name: str
    """Display name of the model."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
