# Generated from the OpenRouter OpenAPI spec (components/schemas/TooManyRequestsResponse) by `python -m codegen`; do not edit.
"""Too Many Requests - Rate limit exceeded."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.too_many_requests_response_error_data import (
        TooManyRequestsResponseErrorData,
    )


@attrs.frozen(kw_only=True)
class TooManyRequestsResponse:
    """Too Many Requests - Rate limit exceeded."""

    error: TooManyRequestsResponseErrorData
    openrouter_metadata: dict[str, Any] | Unset | None = UNSET
    user_id: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
