# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.messages_search_models_server_tool` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.search_models_server_tool_config import (
        SearchModelsServerToolConfigDict,
    )

__all__ = [
    "MessagesSearchModelsServerToolDict",
]


class MessagesSearchModelsServerToolDict(TypedDict, total=False):
    """The dict form of :class:`MessagesSearchModelsServerTool`."""

    parameters: SearchModelsServerToolConfigDict | None
    type: Required[Literal["openrouter:experimental__search_models"]]
