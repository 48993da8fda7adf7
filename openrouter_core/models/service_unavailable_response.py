# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit by hand.
"""The error body of a ServiceUnavailable response."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ServiceUnavailableResponseErrorData:
    """Error data for ServiceUnavailableResponse."""

    code: int
    message: str
    metadata: dict[str, Any] | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ServiceUnavailableResponse:
    """The error body of a ServiceUnavailable response."""

    error: ServiceUnavailableResponseErrorData
    openrouter_metadata: dict[str, Any] | Unset | None = UNSET
    user_id: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
