# Generated from the OpenRouter OpenAPI spec (components/schemas/EdgeNetworkTimeoutResponse) by `python -m codegen`; do not edit.
"""Infrastructure Timeout - Provider request timed out at edge network."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.edge_network_timeout_response_error_data import (
        EdgeNetworkTimeoutResponseErrorData,
    )


@attrs.frozen(kw_only=True)
class EdgeNetworkTimeoutResponse:
    """Infrastructure Timeout - Provider request timed out at edge network."""

    error: EdgeNetworkTimeoutResponseErrorData
    openrouter_metadata: dict[str, Any] | Unset | None = UNSET
    user_id: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
