# Generated from the OpenRouter OpenAPI spec (components/schemas/UnprocessableEntityResponse) by `python -m codegen`; do not edit.
"""Unprocessable Entity - Semantic validation failure."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.unprocessable_entity_response_error_data import (
        UnprocessableEntityResponseErrorData,
    )


@attrs.frozen(kw_only=True)
class UnprocessableEntityResponse:
    """Unprocessable Entity - Semantic validation failure."""

    error: UnprocessableEntityResponseErrorData
    openrouter_metadata: dict[str, Any] | Unset | None = UNSET
    user_id: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
