# Generated from the OpenRouter OpenAPI spec (components/schemas/GetScimGroupMappingResponse) by `python -m codegen`; do not edit.
"""The ``GetScimGroupMappingResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.scim_group_mapping import ScimGroupMapping


@attrs.frozen(kw_only=True)
class GetScimGroupMappingResponse:
    """The ``GetScimGroupMappingResponse`` object."""

    data: ScimGroupMapping
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
