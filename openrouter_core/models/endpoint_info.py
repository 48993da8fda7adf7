# Generated from the OpenRouter OpenAPI spec (components/schemas/EndpointInfo) by `python -m codegen`; do not edit.
"""The ``EndpointInfo`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class EndpointInfo:
    """The ``EndpointInfo`` object."""

    model: str
    provider: str
    selected: bool
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
