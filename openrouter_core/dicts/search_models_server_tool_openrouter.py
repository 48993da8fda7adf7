# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.search_models_server_tool_openrouter` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.search_models_server_tool_config import (
        SearchModelsServerToolConfigDict,
    )

__all__ = [
    "SearchModelsServerToolOpenRouterDict",
]


class SearchModelsServerToolOpenRouterDict(TypedDict, total=False):
    """The dict form of :class:`SearchModelsServerToolOpenRouter`."""

    parameters: SearchModelsServerToolConfigDict | None
    type: Required[Literal["openrouter:experimental__search_models"]]
