# Generated from the OpenRouter OpenAPI spec (components/schemas/ServiceUnavailableResponse) by `python -m codegen`; do not edit.
"""Service Unavailable - Service temporarily unavailable."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.service_unavailable_response_error_data import (
        ServiceUnavailableResponseErrorData,
    )


@attrs.frozen(kw_only=True)
class ServiceUnavailableResponse:
    """Service Unavailable - Service temporarily unavailable."""

    error: ServiceUnavailableResponseErrorData
    openrouter_metadata: dict[str, Any] | Unset | None = UNSET
    user_id: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
