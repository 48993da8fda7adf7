# Generated from the OpenRouter OpenAPI spec (components/schemas/ProviderOverloadedResponse) by `python -m codegen`; do not edit.
"""Provider Overloaded - Provider is temporarily overloaded."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.provider_overloaded_response_error_data import (
        ProviderOverloadedResponseErrorData,
    )


@attrs.frozen(kw_only=True)
class ProviderOverloadedResponse:
    """Provider Overloaded - Provider is temporarily overloaded."""

    error: ProviderOverloadedResponseErrorData
    openrouter_metadata: dict[str, Any] | Unset | None = UNSET
    user_id: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
