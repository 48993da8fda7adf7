# Generated from the OpenRouter OpenAPI spec (components/schemas/ListWorkspacesResponse) by `python -m codegen`; do not edit.
"""The ``ListWorkspacesResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.workspace import Workspace


@attrs.frozen(kw_only=True)
class ListWorkspacesResponse:
    """The ``ListWorkspacesResponse`` object."""

    data: list[Workspace]
    """List of workspaces."""
    total_count: int
    """Total number of workspaces."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
