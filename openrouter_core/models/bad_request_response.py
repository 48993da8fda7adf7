# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit by hand.
"""The error body of a BadRequest response."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class BadRequestResponseErrorData:
    """Error data for BadRequestResponse."""

    code: int
    message: str
    metadata: dict[str, Any] | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class BadRequestResponse:
    """The error body of a BadRequest response."""

    error: BadRequestResponseErrorData
    openrouter_metadata: dict[str, Any] | Unset | None = UNSET
    user_id: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
