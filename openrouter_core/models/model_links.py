# Generated from the OpenRouter OpenAPI spec (components/schemas/ModelLinks) by `python -m codegen`; do not edit.
"""Related API endpoints and resources for this model."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ModelLinks:
    """Related API endpoints and resources for this model."""

    details: str
    """URL for the model details/endpoints API."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
