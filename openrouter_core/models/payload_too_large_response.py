# Generated from the OpenRouter OpenAPI spec (components/schemas/PayloadTooLargeResponse) by `python -m codegen`; do not edit.
"""Payload Too Large - Request payload exceeds size limits."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.payload_too_large_response_error_data import (
        PayloadTooLargeResponseErrorData,
    )


@attrs.frozen(kw_only=True)
class PayloadTooLargeResponse:
    """Payload Too Large - Request payload exceeds size limits."""

    error: PayloadTooLargeResponseErrorData
    openrouter_metadata: dict[str, Any] | Unset | None = UNSET
    user_id: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
