# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit by hand.
"""The error body of a Gone response."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class GoneResponseErrorData:
    """Error data for GoneResponse."""

    code: int
    message: str
    metadata: dict[str, Any] | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class GoneResponse:
    """The error body of a Gone response."""

    error: GoneResponseErrorData
    openrouter_metadata: dict[str, Any] | Unset | None = UNSET
    user_id: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
