# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.datetime_server_tool_config` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TypedDict

__all__ = [
    "DatetimeServerToolConfigDict",
]


class DatetimeServerToolConfigDict(TypedDict, total=False):
    """The dict form of :class:`DatetimeServerToolConfig`."""

    timezone: str | None
