# Generated from the OpenRouter OpenAPI spec (listPresets x-speakeasy-pagination) by `python -m codegen`; do not edit.
"""Every page of ``presets_list`` (``GET /presets``), by offset and limit.

``presets_list_pages(core, request)`` asks for the first page exactly as requested and for each
following page only when the loop reaches it, one call of ``presets_list`` per page (retries and
``options`` apply to each). Each item is that page's ``Result``; a ``Failure`` is the last item.
``openrouter_core.pagination.items`` flattens the pages into their results.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core.models.list_presets_response import ListPresetsResponse
from openrouter_core.models.preset import Preset
from openrouter_core.pagination import AsyncPages, OffsetLimit, Pages, walk_pages, walk_pages_async
from openrouter_funcs.presets_list import (
    OPERATION,
    PresetsListError,
    PresetsListRequest,
    presets_list,
    presets_list_async,
)

__all__ = ["PAGINATION", "presets_list_pages", "presets_list_pages_async"]

PAGINATION: OffsetLimit[Preset] = OffsetLimit(
    operation=OPERATION,
    offset="offset",
    limit="limit",
    results="$.data",
    total="$.total_count",
    default_limit=50,
)


def presets_list_pages(
    core: OpenRouterCore,
    request: PresetsListRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Pages[ListPresetsResponse, Preset, PresetsListError]:
    """Every page of ``presets_list``, each a ``Result``, fetched lazily one request per page."""
    return walk_pages(lambda page: presets_list(core, page, options=options), request, PAGINATION)


def presets_list_pages_async(
    core: OpenRouterCore,
    request: PresetsListRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> AsyncPages[ListPresetsResponse, Preset, PresetsListError]:
    """The async twin of :func:`presets_list_pages`: ``async for`` its pages."""
    return walk_pages_async(
        lambda page: presets_list_async(core, page, options=options), request, PAGINATION
    )
