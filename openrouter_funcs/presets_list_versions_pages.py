# Generated from the OpenRouter OpenAPI spec (listPresetVersions x-speakeasy-pagination) by `python -m codegen`; do not edit.
"""Every page of ``presets_list_versions`` (``GET /presets/{slug}/versions``), by offset and limit.

``presets_list_versions_pages(core, request)`` asks for the first page exactly as requested and for
each following page only when the loop reaches it, one call of ``presets_list_versions`` per page
(retries and ``options`` apply to each). Each item is that page's ``Result``; a ``Failure`` is the
last item. ``openrouter_core.pagination.items`` flattens the pages into their results.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core.models.list_preset_versions_response import ListPresetVersionsResponse
from openrouter_core.models.preset_designated_version import PresetDesignatedVersion
from openrouter_core.pagination import AsyncPages, OffsetLimit, Pages, walk_pages, walk_pages_async
from openrouter_funcs.presets_list_versions import (
    OPERATION,
    PresetsListVersionsError,
    PresetsListVersionsRequest,
    presets_list_versions,
    presets_list_versions_async,
)

__all__ = [
    "PAGINATION",
    "PresetsListVersionsItem",
    "presets_list_versions_pages",
    "presets_list_versions_pages_async",
]

PresetsListVersionsItem: TypeAlias = PresetDesignatedVersion | None


PAGINATION: OffsetLimit[PresetsListVersionsItem] = OffsetLimit(
    operation=OPERATION,
    offset="offset",
    limit="limit",
    results="$.data",
    total="$.total_count",
    default_limit=50,
)


def presets_list_versions_pages(
    core: OpenRouterCore,
    request: PresetsListVersionsRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Pages[ListPresetVersionsResponse, PresetsListVersionsItem, PresetsListVersionsError]:
    """Every page of ``presets_list_versions``, each a ``Result``, fetched lazily one request per
    page.
    """
    return walk_pages(
        lambda page: presets_list_versions(core, page, options=options), request, PAGINATION
    )


def presets_list_versions_pages_async(
    core: OpenRouterCore,
    request: PresetsListVersionsRequest | Mapping[str, Any],
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> AsyncPages[ListPresetVersionsResponse, PresetsListVersionsItem, PresetsListVersionsError]:
    """The async twin of :func:`presets_list_versions_pages`: ``async for`` its pages."""
    return walk_pages_async(
        lambda page: presets_list_versions_async(core, page, options=options), request, PAGINATION
    )
