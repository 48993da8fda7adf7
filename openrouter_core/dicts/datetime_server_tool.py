# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.datetime_server_tool` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.datetime_server_tool_config import DatetimeServerToolConfigDict

__all__ = [
    "DatetimeServerToolDict",
]


class DatetimeServerToolDict(TypedDict, total=False):
    """The dict form of :class:`DatetimeServerTool`."""

    parameters: DatetimeServerToolConfigDict | None
    type: Required[Literal["openrouter:datetime"]]
