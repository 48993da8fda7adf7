# Generated from the OpenRouter OpenAPI spec (components/schemas/DecisionsChoiceAnswer) by `python -m codegen`; do not edit.
"""The ``DecisionsChoiceAnswer`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class DecisionsChoiceAnswer:
    """The ``DecisionsChoiceAnswer`` object."""

    choice: str
    type: str = "choice"
    confidence: float | None = None
    probabilities: dict[str, float] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
