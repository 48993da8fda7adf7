# Generated from the OpenRouter OpenAPI spec (components/schemas/PaymentRequiredResponse) by `python -m codegen`; do not edit.
"""Payment Required - Insufficient credits or quota to complete request."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.payment_required_response_error_data import (
        PaymentRequiredResponseErrorData,
    )


@attrs.frozen(kw_only=True)
class PaymentRequiredResponse:
    """Payment Required - Insufficient credits or quota to complete request."""

    error: PaymentRequiredResponseErrorData
    openrouter_metadata: dict[str, Any] | Unset | None = UNSET
    user_id: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
