# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputDatetimeItem) by `python -m codegen`; do not edit.
"""An openrouter:datetime server tool output item."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputDatetimeItem:
    """An openrouter:datetime server tool output item."""

    datetime: str
    """ISO 8601 datetime string."""
    id: str | None = None
    status: str
    """Known values: :class:`ToolCallStatus`."""
    timezone: str
    """IANA timezone name."""
    type: str = "openrouter:datetime"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
