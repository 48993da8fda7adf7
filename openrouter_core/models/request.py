# Generated from the OpenRouter OpenAPI spec (components/schemas/Request) by `python -m codegen`; do not edit.
"""The ``Request`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class Request:
    """The ``Request`` object."""

    body: dict[str, Any]
    """Request payload for the batch `endpoint`."""
    custom_id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
