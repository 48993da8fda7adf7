# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.context_compression_plugin` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ContextCompressionPluginDict",
]


class ContextCompressionPluginDict(TypedDict, total=False):
    """The dict form of :class:`ContextCompressionPlugin`."""

    enabled: bool | None
    engine: Literal["middle-out"]
    id: Required[Literal["context-compression"]]
