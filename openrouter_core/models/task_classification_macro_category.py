# Generated from the OpenRouter OpenAPI spec (components/schemas/TaskClassificationMacroCategory) by `python -m codegen`; do not edit.
"""The ``TaskClassificationMacroCategory`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class TaskClassificationMacroCategory:
    """The ``TaskClassificationMacroCategory`` object."""

    key: str
    """Macro-category identifier."""
    label: str
    """Human-readable label for the macro-category."""
    token_share: float
    """Combined token share of all classifications in this macro-category (0-1)."""
    usage_share: float
    """Combined usage share of all classifications in this macro-category (0-1)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
