# Generated from the OpenRouter OpenAPI spec (components/schemas/ContainerReferenceEnvironment) by `python -m codegen`; do not edit.
"""Reference to a previously created container to reuse."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ContainerReferenceEnvironment:
    """Reference to a previously created container to reuse."""

    container_id: str
    """Identifier of an existing container to reuse (max 20 characters)."""
    type: str = "container_reference"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
