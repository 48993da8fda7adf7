# Generated from the OpenRouter OpenAPI spec (components/schemas/UnknownFileResponse) by `python -m codegen`; do not edit.
"""A FileResponse variant the SDK doesn't recognize."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class UnknownFileResponse:
    """A FileResponse variant the SDK doesn't recognize."""

    shape: str | None = None
    raw: Any
    is_unknown: bool | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
