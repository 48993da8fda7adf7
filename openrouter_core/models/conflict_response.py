# Generated from the OpenRouter OpenAPI spec (components/schemas/ConflictResponse) by `python -m codegen`; do not edit.
"""Conflict - Resource conflict or concurrent modification."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.conflict_response_error_data import ConflictResponseErrorData


@attrs.frozen(kw_only=True)
class ConflictResponse:
    """Conflict - Resource conflict or concurrent modification."""

    error: ConflictResponseErrorData
    openrouter_metadata: dict[str, Any] | Unset | None = UNSET
    user_id: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
