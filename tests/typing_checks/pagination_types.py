"""Checked by mypy --strict (see .ci/run), never run: a ``_pages`` loop knows its types."""

from __future__ import annotations

from returns.result import Failure, Result, Success
from typing_extensions import assert_type

from openrouter_core import OpenRouterCore
from openrouter_core.errors import PaginationError
from openrouter_core.models.byok_key import BYOKKey
from openrouter_core.models.list_byok_keys_response import ListBYOKKeysResponse
from openrouter_core.pagination import items, items_async
from openrouter_funcs.byok_list import ByokListError
from openrouter_funcs.byok_list_pages import byok_list_pages, byok_list_pages_async
from openrouter_funcs.files_list_pages import FilesListItem, files_list_pages

core = OpenRouterCore(api_key="k")

for page in byok_list_pages(core, {"limit": 100}):
    assert_type(page, Result[ListBYOKKeysResponse, ByokListError | PaginationError])
    match page:
        case Success(response):
            total: int = response.total_count
            names: list[str] = [key.name for key in response.data]
        case Failure(error):
            message: str = error.message

for key in items(byok_list_pages(core)):
    assert_type(key, Result[BYOKKey, ByokListError | PaginationError])

for entry in items(files_list_pages(core, {"limit": 10})):
    assert_type(entry.unwrap(), FilesListItem)


async def walk() -> None:
    async for page in byok_list_pages_async(core):
        assert_type(page, Result[ListBYOKKeysResponse, ByokListError | PaginationError])
    async for key in items_async(byok_list_pages_async(core)):
        assert_type(key, Result[BYOKKey, ByokListError | PaginationError])
