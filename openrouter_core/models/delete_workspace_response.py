# Generated from the OpenRouter OpenAPI spec (components/schemas/DeleteWorkspaceResponse) by `python -m codegen`; do not edit.
"""The ``DeleteWorkspaceResponse`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class DeleteWorkspaceResponse:
    """The ``DeleteWorkspaceResponse`` object."""

    deleted: bool = True
    """Confirmation that the workspace was deleted."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
