# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.search_models_server_tool_config` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TypedDict

__all__ = [
    "SearchModelsServerToolConfigDict",
]


class SearchModelsServerToolConfigDict(TypedDict, total=False):
    """The dict form of :class:`SearchModelsServerToolConfig`."""

    max_results: int | None
