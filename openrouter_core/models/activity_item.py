# Generated from the OpenRouter OpenAPI spec (components/schemas/ActivityItem) by `python -m codegen`; do not edit.
"""The ``ActivityItem`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ActivityItem:
    """The ``ActivityItem`` object."""

    byok_usage_inference: float
    """BYOK inference cost in USD (external credits spent)."""
    completion_tokens: int
    """Total completion tokens generated."""
    date: str
    """Date of the activity (YYYY-MM-DD format)."""
    endpoint_id: str
    """Unique identifier for the endpoint."""
    model: str
    """Model slug (e.g., "openai/gpt-4.1")."""
    model_permaslug: str
    """Model permaslug (e.g., "openai/gpt-4.1-2025-04-14")."""
    prompt_tokens: int
    """Total prompt tokens used."""
    provider_name: str
    """Name of the provider serving this endpoint."""
    reasoning_tokens: int
    """Total reasoning tokens used."""
    requests: int
    """Number of requests made."""
    usage: float
    """Total cost in USD (OpenRouter credits spent)."""
    workspace_id: str | None = None
    """ID of the workspace this activity is attributed to."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
