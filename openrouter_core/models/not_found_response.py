# Generated from the OpenRouter OpenAPI spec (components/schemas/NotFoundResponse) by `python -m codegen`; do not edit.
"""Not Found - Resource does not exist."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.not_found_response_error_data import NotFoundResponseErrorData


@attrs.frozen(kw_only=True)
class NotFoundResponse:
    """Not Found - Resource does not exist."""

    error: NotFoundResponseErrorData
    openrouter_metadata: dict[str, Any] | Unset | None = UNSET
    user_id: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
