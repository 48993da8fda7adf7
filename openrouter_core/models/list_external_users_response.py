# Generated from the OpenRouter OpenAPI spec (components/schemas/ListExternalUsersResponse) by `python -m codegen`; do not edit.
"""The ``ListExternalUsersResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.external_user import ExternalUser


@attrs.frozen(kw_only=True)
class ListExternalUsersResponse:
    """The ``ListExternalUsersResponse`` object."""

    data: list[ExternalUser]
    total_count: int
    """Number of registrations matching the filters before pagination."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
