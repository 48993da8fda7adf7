# Generated from the OpenRouter OpenAPI spec (components/schemas/UpdateScimGroupMappingRequest) by `python -m codegen`; do not edit.
"""The ``UpdateScimGroupMappingRequest`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class UpdateScimGroupMappingRequest:
    """The ``UpdateScimGroupMappingRequest`` object."""

    role: str
    """Known values: ``"admin"``, ``"member"``."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
