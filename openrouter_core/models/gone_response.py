# Generated from the OpenRouter OpenAPI spec (components/schemas/GoneResponse) by `python -m codegen`; do not edit.
"""Gone - Endpoint has been permanently removed or deprecated."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.gone_response_error_data import GoneResponseErrorData


@attrs.frozen(kw_only=True)
class GoneResponse:
    """Gone - Endpoint has been permanently removed or deprecated."""

    error: GoneResponseErrorData
    openrouter_metadata: dict[str, Any] | Unset | None = UNSET
    user_id: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
