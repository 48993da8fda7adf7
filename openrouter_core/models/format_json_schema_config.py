# Generated from the OpenRouter OpenAPI spec (components/schemas/FormatJsonSchemaConfig) by `python -m codegen`; do not edit.
"""JSON schema constrained response format."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class FormatJsonSchemaConfig:
    """JSON schema constrained response format."""

    description: str | None = None
    name: str
    schema: dict[str, Any]
    strict: bool | Unset | None = UNSET
    type: str = "json_schema"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
