# Generated from the OpenRouter OpenAPI spec (components/schemas/RequestTimeoutResponse) by `python -m codegen`; do not edit.
"""Request Timeout - Operation exceeded time limit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.request_timeout_response_error_data import (
        RequestTimeoutResponseErrorData,
    )


@attrs.frozen(kw_only=True)
class RequestTimeoutResponse:
    """Request Timeout - Operation exceeded time limit."""

    error: RequestTimeoutResponseErrorData
    openrouter_metadata: dict[str, Any] | Unset | None = UNSET
    user_id: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
