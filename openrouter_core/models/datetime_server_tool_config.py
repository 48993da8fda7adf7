# Generated from the OpenRouter OpenAPI spec (components/schemas/DatetimeServerToolConfig) by `python -m codegen`; do not edit.
"""Configuration for the openrouter:datetime server tool."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class DatetimeServerToolConfig:
    """Configuration for the openrouter:datetime server tool."""

    timezone: str | None = None
    """IANA timezone name (e.g. "America/New_York")."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
