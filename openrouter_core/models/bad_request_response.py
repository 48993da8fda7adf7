# Generated from the OpenRouter OpenAPI spec (components/schemas/BadRequestResponse) by `python -m codegen`; do not edit.
"""Bad Request - Invalid request parameters or malformed input."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.bad_request_response_error_data import BadRequestResponseErrorData


@attrs.frozen(kw_only=True)
class BadRequestResponse:
    """Bad Request - Invalid request parameters or malformed input."""

    error: BadRequestResponseErrorData
    openrouter_metadata: dict[str, Any] | Unset | None = UNSET
    user_id: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
