# Generated from the OpenRouter OpenAPI spec (components/schemas/ServerToolNativeSupport) by `python -m codegen`; do not edit.
"""Endpoints whose provider runs this tool itself during inference."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ServerToolNativeSupport:
    """Endpoints whose provider runs this tool itself during inference."""

    endpoint_count: int
    model_count: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
