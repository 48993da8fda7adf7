# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.fusion_server_tool_openrouter` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.fusion_server_tool_config import FusionServerToolConfigDict

__all__ = [
    "FusionServerToolOpenRouterDict",
]


class FusionServerToolOpenRouterDict(TypedDict, total=False):
    """The dict form of :class:`FusionServerToolOpenRouter`."""

    parameters: FusionServerToolConfigDict | None
    type: Required[Literal["openrouter:fusion"]]
