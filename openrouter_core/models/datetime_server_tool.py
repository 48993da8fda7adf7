# Generated from the OpenRouter OpenAPI spec (components/schemas/DatetimeServerTool) by `python -m codegen`; do not edit.
"""OpenRouter built-in server tool: returns the current date and time."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.datetime_server_tool_config import DatetimeServerToolConfig


@attrs.frozen(kw_only=True)
class DatetimeServerTool:
    """OpenRouter built-in server tool: returns the current date and time."""

    parameters: DatetimeServerToolConfig | None = None
    type: str = "openrouter:datetime"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
