# Generated from the OpenRouter OpenAPI spec (components/schemas/Box) by `python -m codegen`; do not edit.
"""The ``Box`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class Box:
    """The ``Box`` object."""

    bottom: float
    left: float
    right: float
    top: float
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
