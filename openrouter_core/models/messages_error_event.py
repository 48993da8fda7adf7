# Generated from the OpenRouter OpenAPI spec (components/schemas/MessagesErrorEvent) by `python -m codegen`; do not edit.
"""Error event in the stream."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.openrouter_metadata import OpenRouterMetadata


@attrs.frozen(kw_only=True)
class MessagesErrorEventError:
    """The ``error`` of a :class:`MessagesErrorEvent`."""

    error_type: str | None = None
    """Canonical OpenRouter error type, stable across all API formats. Known values:
    :class:`ApiErrorType`.
    """
    message: str
    type: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class MessagesErrorEvent:
    """Error event in the stream."""

    error: MessagesErrorEventError
    openrouter_metadata: OpenRouterMetadata | None = None
    type: str = "error"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
