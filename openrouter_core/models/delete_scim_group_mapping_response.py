# Generated from the OpenRouter OpenAPI spec (components/schemas/DeleteScimGroupMappingResponse) by `python -m codegen`; do not edit.
"""The ``DeleteScimGroupMappingResponse`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class DeleteScimGroupMappingResponse:
    """The ``DeleteScimGroupMappingResponse`` object."""

    deleted: bool = True
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
