# Generated from the OpenRouter OpenAPI spec (components/schemas/ExternalUserResponse) by `python -m codegen`; do not edit.
"""The ``ExternalUserResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.external_user import ExternalUser


@attrs.frozen(kw_only=True)
class ExternalUserResponse:
    """The ``ExternalUserResponse`` object."""

    data: ExternalUser
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
