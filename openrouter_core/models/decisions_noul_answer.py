# Generated from the OpenRouter OpenAPI spec (components/schemas/DecisionsNoulAnswer) by `python -m codegen`; do not edit.
"""The ``DecisionsNoulAnswer`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class DecisionsNoulAnswer:
    """The ``DecisionsNoulAnswer`` object."""

    noul: float
    type: str = "noul"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
