# Generated from the OpenRouter OpenAPI spec (listFiles x-speakeasy-pagination) by `python -m codegen`; do not edit.
"""Every page of ``files_list`` (``GET /files``), by cursor.

``files_list_pages(core, request)`` asks for the first page exactly as requested and for each
following page only when the loop reaches it, one call of ``files_list`` per page (retries and
``options`` apply to each). Each item is that page's ``Result``; a ``Failure`` is the last item.
``openrouter_core.pagination.items`` flattens the pages into their results.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core.models.anthropic_file import AnthropicFile
from openrouter_core.models.file_list_response import FileListResponse
from openrouter_core.models.openai_file import OpenAIFile
from openrouter_core.models.openrouter_file import OpenRouterFile
from openrouter_core.pagination import AsyncPages, Cursor, Pages, walk_pages, walk_pages_async
from openrouter_funcs.files_list import (
    OPERATION,
    FilesListError,
    FilesListRequest,
    files_list,
    files_list_async,
)

__all__ = ["PAGINATION", "FilesListItem", "files_list_pages", "files_list_pages_async"]

FilesListItem: TypeAlias = OpenRouterFile | OpenAIFile | AnthropicFile | dict[str, Any]


PAGINATION: Cursor[FilesListItem] = Cursor(
    operation=OPERATION,
    cursor="cursor",
    next_cursor="$.cursor",
    results="$.data",
    more="$.has_more",
)


def files_list_pages(
    core: OpenRouterCore,
    request: FilesListRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Pages[FileListResponse, FilesListItem, FilesListError]:
    """Every page of ``files_list``, each a ``Result``, fetched lazily one request per page."""
    return walk_pages(lambda page: files_list(core, page, options=options), request, PAGINATION)


def files_list_pages_async(
    core: OpenRouterCore,
    request: FilesListRequest | Mapping[str, Any] | None = None,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> AsyncPages[FileListResponse, FilesListItem, FilesListError]:
    """The async twin of :func:`files_list_pages`: ``async for`` its pages."""
    return walk_pages_async(
        lambda page: files_list_async(core, page, options=options), request, PAGINATION
    )
