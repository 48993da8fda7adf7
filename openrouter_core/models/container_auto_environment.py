# Generated from the OpenRouter OpenAPI spec (components/schemas/ContainerAutoEnvironment) by `python -m codegen`; do not edit.
"""An OpenRouter-managed, auto-provisioned ephemeral container."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ContainerAutoEnvironment:
    """An OpenRouter-managed, auto-provisioned ephemeral container."""

    type: str = "container_auto"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
