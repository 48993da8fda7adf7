# Generated from the OpenRouter OpenAPI spec (components/schemas/ListBYOKKeysResponse) by `python -m codegen`; do not edit.
"""The ``ListBYOKKeysResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.byok_key import BYOKKey


@attrs.frozen(kw_only=True)
class ListBYOKKeysResponse:
    """The ``ListBYOKKeysResponse`` object."""

    data: list[BYOKKey]
    """List of BYOK credentials."""
    total_count: int
    """Total number of BYOK credentials matching the filters."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
