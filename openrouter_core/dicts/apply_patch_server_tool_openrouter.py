# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.apply_patch_server_tool_openrouter` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.apply_patch_server_tool_config import ApplyPatchServerToolConfigDict

__all__ = [
    "ApplyPatchServerToolOpenRouterDict",
]


class ApplyPatchServerToolOpenRouterDict(TypedDict, total=False):
    """The dict form of :class:`ApplyPatchServerToolOpenRouter`."""

    parameters: ApplyPatchServerToolConfigDict | None
    type: Required[Literal["openrouter:apply_patch"]]
