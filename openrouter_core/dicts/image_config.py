# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.image_config` (keys as sent on the wire)."""

from __future__ import annotations

from typing import Any, TypeAlias

__all__ = [
    "ImageConfigValueDict",
]

ImageConfigValueDict: TypeAlias = "str | float | list[Any]"
