# Generated from the OpenRouter OpenAPI spec (components/schemas/DecisionsBoxAnswer) by `python -m codegen`; do not edit.
"""The ``DecisionsBoxAnswer`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.box import Box


@attrs.frozen(kw_only=True)
class DecisionsBoxAnswer:
    """The ``DecisionsBoxAnswer`` object."""

    box: Box
    type: str = "box"
    confidence: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
