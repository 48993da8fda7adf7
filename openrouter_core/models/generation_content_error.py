# Generated from the OpenRouter OpenAPI spec (components/schemas/GenerationContentError) by `python -m codegen`; do not edit.
"""The stored failure for this generation, or null when it succeeded."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.generation_content_error_attempt import (
        GenerationContentErrorAttempt,
    )


@attrs.frozen(kw_only=True)
class GenerationContentError:
    """The stored failure for this generation, or null when it succeeded."""

    message: str | None
    """Error message returned to the client."""
    previous_errors: list[GenerationContentErrorAttempt]
    """Every upstream attempt that failed before the returned error, in attempt order."""
    provider_name: str | None
    """Provider whose error was returned to the client, when known."""
    raw: str | None
    """Raw error body behind the returned error, when stored."""
    status: int | None
    """HTTP status returned to the client."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
