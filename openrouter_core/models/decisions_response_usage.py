# Generated from the OpenRouter OpenAPI spec (components/schemas/DecisionsResponseUsage) by `python -m codegen`; do not edit.
"""The ``DecisionsResponseUsage`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class DecisionsResponseUsage:
    """The ``DecisionsResponseUsage`` object."""

    input_tokens: int
    output_tokens: int
    cost: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
