# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageGenStreamErrorEvent) by `python -m codegen`; do not edit.
"""Emitted when streaming generation fails after the SSE response starts."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ImageGenStreamErrorEventError:
    """Provider error details."""

    code: str | Unset | None = UNSET
    """Provider error code, when supplied."""
    message: str
    """Provider error message."""
    param: str | Unset | None = UNSET
    """Request parameter associated with the error, when supplied."""
    type: str | Unset | None = UNSET
    """Provider error type, when supplied."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ImageGenStreamErrorEvent:
    """Emitted when streaming generation fails after the SSE response starts."""

    error: ImageGenStreamErrorEventError
    """Provider error details."""
    type: str = "error"
    """The event type."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
