# Generated from the OpenRouter OpenAPI spec (components/schemas/UnauthorizedResponse) by `python -m codegen`; do not edit.
"""Unauthorized - Authentication required or invalid credentials."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.unauthorized_response_error_data import (
        UnauthorizedResponseErrorData,
    )


@attrs.frozen(kw_only=True)
class UnauthorizedResponse:
    """Unauthorized - Authentication required or invalid credentials."""

    error: UnauthorizedResponseErrorData
    openrouter_metadata: dict[str, Any] | Unset | None = UNSET
    user_id: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
