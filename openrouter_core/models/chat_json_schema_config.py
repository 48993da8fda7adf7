# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatJsonSchemaConfig) by `python -m codegen`; do not edit.
"""JSON Schema configuration object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ChatJsonSchemaConfig:
    """JSON Schema configuration object."""

    description: str | None = None
    """Schema description for the model."""
    name: str
    """Schema name (a-z, A-Z, 0-9, underscores, dashes, max 64 chars)."""
    schema: dict[str, Any] | None = None
    """JSON Schema object."""
    strict: bool | Unset | None = UNSET
    """Enable strict schema adherence."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
