# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputBrowserUseServerToolItem) by `python -m codegen`; do not edit.
"""An openrouter:browser_use server tool output item."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputBrowserUseServerToolItem:
    """An openrouter:browser_use server tool output item."""

    action: str | None = None
    id: str | None = None
    screenshot_b64: str | None = attrs.field(default=None, metadata={"wire": "screenshotB64"})
    status: str
    """Known values: :class:`ToolCallStatus`."""
    type: str = "openrouter:browser_use"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
