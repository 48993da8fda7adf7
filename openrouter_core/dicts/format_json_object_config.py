# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.format_json_object_config` (keys as sent on the wire)."""

from __future__ import annotations

from typing import Literal, TypedDict

__all__ = [
    "FormatJsonObjectConfigDict",
]


class FormatJsonObjectConfigDict(TypedDict, total=False):
    """The dict form of :class:`FormatJsonObjectConfig`."""

    type: Literal["json_object"]
