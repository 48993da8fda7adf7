# Generated from the OpenRouter OpenAPI spec (components/schemas/ResponseHealingPlugin) by `python -m codegen`; do not edit.
"""The ``ResponseHealingPlugin`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ResponseHealingPlugin:
    """The ``ResponseHealingPlugin`` object."""

    enabled: bool | None = None
    """Set to false to disable the response-healing plugin for this request."""
    id: str = "response-healing"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
