# Generated from the OpenRouter OpenAPI spec (components/schemas/ActivityResponse) by `python -m codegen`; do not edit.
"""The ``ActivityResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.activity_item import ActivityItem


@attrs.frozen(kw_only=True)
class ActivityResponse:
    """The ``ActivityResponse`` object."""

    data: list[ActivityItem]
    """List of activity items."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
