# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputWebFetchServerToolItem) by `python -m codegen`; do not edit.
"""An openrouter:web_fetch server tool output item."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputWebFetchServerToolItem:
    """An openrouter:web_fetch server tool output item."""

    content: str | None = None
    error: str | None = None
    """The error message if the fetch failed."""
    http_status: int | None = attrs.field(default=None, metadata={"wire": "httpStatus"})
    """The HTTP status code returned by the upstream URL fetch."""
    id: str | None = None
    status: str
    """Known values: :class:`ToolCallStatus`."""
    title: str | None = None
    type: str = "openrouter:web_fetch"
    url: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
