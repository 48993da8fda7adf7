# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.text_extended_config` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from openrouter_core.dicts.formats import FormatsDict

__all__ = [
    "TextExtendedConfigDict",
]


class TextExtendedConfigDict(TypedDict, total=False):
    """The dict form of :class:`TextExtendedConfig`."""

    format: FormatsDict | None
    verbosity: Literal["low", "medium", "high", "xhigh", "max"] | str | None
