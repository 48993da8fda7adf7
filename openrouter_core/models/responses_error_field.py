# Generated from the OpenRouter OpenAPI spec (components/schemas/ResponsesErrorField) by `python -m codegen`; do not edit.
"""Error information returned from the API."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ResponsesErrorField:
    """Error information returned from the API."""

    code: str
    message: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
