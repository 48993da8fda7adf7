# Generated from the OpenRouter OpenAPI spec (components/schemas/ListInternConnectionsResponse) by `python -m codegen`; do not edit.
"""The connections the intern can use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.list_intern_connections_data import ListInternConnectionsData


@attrs.frozen(kw_only=True)
class ListInternConnectionsResponse:
    """The connections the intern can use."""

    data: list[ListInternConnectionsData]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
