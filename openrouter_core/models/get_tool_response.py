# Generated from the OpenRouter OpenAPI spec (components/schemas/GetToolResponse) by `python -m codegen`; do not edit.
"""The ``GetToolResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.server_tool_details import ServerToolDetails


@attrs.frozen(kw_only=True)
class GetToolResponse:
    """The ``GetToolResponse`` object."""

    data: ServerToolDetails
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
