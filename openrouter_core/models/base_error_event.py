# Generated from the OpenRouter OpenAPI spec (components/schemas/BaseErrorEvent) by `python -m codegen`; do not edit.
"""Event emitted when an error occurs during streaming."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BaseErrorEvent:
    """Event emitted when an error occurs during streaming."""

    code: str | None
    message: str
    param: str | None
    sequence_number: int
    type: str = "error"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
