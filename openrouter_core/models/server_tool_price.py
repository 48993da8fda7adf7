# Generated from the OpenRouter OpenAPI spec (components/schemas/ServerToolPrice) by `python -m codegen`; do not edit.
"""The ``ServerToolPrice`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ServerToolPrice:
    """The ``ServerToolPrice`` object."""

    max_units_per_call: int
    mode: str | None
    """The `parameters.mode` this price applies to; null for prices that do not depend on the mode.
    """
    price: str
    """USD per unit, as a decimal string."""
    unit: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
