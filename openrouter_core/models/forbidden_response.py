# Generated from the OpenRouter OpenAPI spec (components/schemas/ForbiddenResponse) by `python -m codegen`; do not edit.
"""Forbidden - Authentication successful but insufficient permissions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.forbidden_response_error_data import ForbiddenResponseErrorData


@attrs.frozen(kw_only=True)
class ForbiddenResponse:
    """Forbidden - Authentication successful but insufficient permissions."""

    error: ForbiddenResponseErrorData
    openrouter_metadata: dict[str, Any] | Unset | None = UNSET
    user_id: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
