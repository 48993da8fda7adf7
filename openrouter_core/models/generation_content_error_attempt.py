# Generated from the OpenRouter OpenAPI spec (components/schemas/GenerationContentErrorAttempt) by `python -m codegen`; do not edit.
"""A single failed upstream attempt recorded for the generation."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class GenerationContentErrorAttempt:
    """A single failed upstream attempt recorded for the generation."""

    code: int
    """HTTP status returned by this attempt."""
    message: str
    """Error message returned by this attempt."""
    provider_name: str | None
    """Provider that served this attempt, when known."""
    raw: str | None
    """Raw error body returned by the provider, when stored."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
