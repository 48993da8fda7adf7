# Generated from the OpenRouter OpenAPI spec (components/schemas/InternalServerResponse) by `python -m codegen`; do not edit.
"""Internal Server Error - Unexpected server error."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.internal_server_response_error_data import (
        InternalServerResponseErrorData,
    )


@attrs.frozen(kw_only=True)
class InternalServerResponse:
    """Internal Server Error - Unexpected server error."""

    error: InternalServerResponseErrorData
    openrouter_metadata: dict[str, Any] | Unset | None = UNSET
    user_id: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
