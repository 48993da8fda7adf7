# Generated from the OpenRouter OpenAPI spec (components/schemas/ModelsCountResponse) by `python -m codegen`; do not edit.
"""Model count data."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ModelsCountResponseData:
    """Model count data."""

    count: int
    """Total number of available models."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ModelsCountResponse:
    """Model count data."""

    data: ModelsCountResponseData
    """Model count data."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
