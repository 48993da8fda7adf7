"""Every paginated function has ``_pages`` and ``_pages_async``, and both walk two pages of a
loopback server that answers with the operation's documented example.

The list of paginated functions is generated from the spec (``tests/generated/paginated.py``).
"""

from __future__ import annotations

import pytest

from tests.generated.paginated import PAGINATED
from tests.pageserver import walk_two_pages, walk_two_pages_async


@pytest.mark.parametrize(("function", "operation_id", "style"), PAGINATED)
def test_pages_walks_two_pages(function: str, operation_id: str, style: str) -> None:
    walk_two_pages(function, operation_id, style)


@pytest.mark.parametrize(("function", "operation_id", "style"), PAGINATED)
async def test_pages_async_walks_two_pages(function: str, operation_id: str, style: str) -> None:
    await walk_two_pages_async(function, operation_id, style)
