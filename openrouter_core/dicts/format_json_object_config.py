# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.format_json_object_config` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "FormatJsonObjectConfigDict",
]


class FormatJsonObjectConfigDict(TypedDict, total=False):
    """The dict form of :class:`FormatJsonObjectConfig`."""

    type: Required[Literal["json_object"]]
