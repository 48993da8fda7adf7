# Generated from the OpenRouter OpenAPI spec (components/schemas/ContainerFileListResponse) by `python -m codegen`; do not edit.
"""The ``ContainerFileListResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.container_file import ContainerFile


@attrs.frozen(kw_only=True)
class ContainerFileListResponse:
    """The ``ContainerFileListResponse`` object."""

    data: list[ContainerFile]
    first_id: str | None
    has_more: bool
    """True when another page can be fetched by passing `after=last_id`; `last_id` is non-null
    whenever this is true.
    """
    last_id: str | None
    """Cursor for the next page (pass as `after`)."""
    object: str = "list"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
