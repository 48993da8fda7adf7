# Generated from the OpenRouter OpenAPI spec (components/schemas/ModelResponse) by `python -m codegen`; do not edit.
"""Single model response."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.model import Model


@attrs.frozen(kw_only=True)
class ModelResponse:
    """Single model response."""

    data: Model
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
