# Generated from the OpenRouter OpenAPI spec (components/schemas/BadGatewayResponse) by `python -m codegen`; do not edit.
"""Bad Gateway - Provider/upstream API failure."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.bad_gateway_response_error_data import BadGatewayResponseErrorData


@attrs.frozen(kw_only=True)
class BadGatewayResponse:
    """Bad Gateway - Provider/upstream API failure."""

    error: BadGatewayResponseErrorData
    openrouter_metadata: dict[str, Any] | Unset | None = UNSET
    user_id: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
