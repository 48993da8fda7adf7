# Generated from the OpenRouter OpenAPI spec (components/schemas/RouterParams) by `python -m codegen`; do not edit.
"""The ``RouterParams`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class RouterParams:
    """The ``RouterParams`` object."""

    quality_floor: float | None = None
    throughput_floor: float | None = None
    version_group: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
