# Generated from the OpenRouter OpenAPI spec (components/schemas/UpdateWorkspaceResponse) by `python -m codegen`; do not edit.
"""The ``UpdateWorkspaceResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.workspace import Workspace


@attrs.frozen(kw_only=True)
class UpdateWorkspaceResponse:
    """The ``UpdateWorkspaceResponse`` object."""

    data: Workspace
    """The updated workspace."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
