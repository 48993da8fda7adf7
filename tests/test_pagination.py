"""Walking paginated lists against a real loopback server: pages, ends, failures, misbehaviour."""

from __future__ import annotations

import itertools
import weakref
from typing import Any

import pytest
from returns.result import Failure, Success

from openrouter_core import RequestOptions, RetryConfig
from openrouter_core._generated.testing_examples import example_for
from openrouter_core.errors import (
    InternalServerResponseError,
    PaginationError,
    SDKValidationError,
)
from openrouter_core.pagination import items, items_async
from openrouter_funcs.byok_list_pages import byok_list_pages, byok_list_pages_async
from openrouter_funcs.datasets_get_app_rankings_pages import datasets_get_app_rankings_pages
from openrouter_funcs.datasets_get_session_cost_pages import (
    datasets_get_session_cost_pages,
    datasets_get_session_cost_pages_async,
)
from openrouter_funcs.files_list_pages import files_list_pages, files_list_pages_async
from tests.conftest import FakeClock
from tests.pageserver import PageServer, distinct_items

LIMIT = 5
LENGTHS = [0, 1, LIMIT - 1, LIMIT, LIMIT + 1, 3 * LIMIT]


def byok_keys(count: int) -> list[dict[str, Any]]:
    return distinct_items(example_for("listBYOKKeys")["body"]["data"][0], count)


def session_cells(count: int) -> list[dict[str, Any]]:
    return distinct_items(example_for("getSessionCost")["body"]["data"][0], count)


def files(count: int) -> list[dict[str, Any]]:
    return distinct_items(example_for("listFiles")["body"]["data"][0], count)


#: The page shape OpenRouter's own file list is tagged with (others stay plain dicts).
OPENROUTER_SHAPE = {"_shape": "openrouter"}
SESSION_META = {"meta": example_for("getSessionCost")["body"]["meta"]}


def chunks(values: list[Any], size: int) -> list[list[Any]]:
    return [values[start : start + size] for start in range(0, len(values), size)]


def page_ids(pages: list[Any], key: str = "id") -> list[list[Any]]:
    return [[getattr(item, key) for item in result.unwrap().data] for result in pages]


# --- exact pages by offset, by cursor -----------------------------------------------------


@pytest.mark.parametrize("length", LENGTHS)
def test_offset_pages_with_total_count(length: int) -> None:
    keys = byok_keys(length)
    with PageServer(keys) as server:
        pages = list(byok_list_pages(server.core(), {"limit": LIMIT}))
    expected = chunks([key["id"] for key in keys], LIMIT) or [[]]
    assert page_ids(pages) == expected
    # total_count ends the walk without asking for a page past the end.
    assert server.request_count == len(expected)
    assert [q.get("offset") for q in server.queries] == [None] + [
        str(LIMIT * n) for n in range(1, len(expected))
    ]
    assert all(q["limit"] == str(LIMIT) for q in server.queries)


@pytest.mark.parametrize("length", LENGTHS)
def test_offset_pages_without_total_end_on_a_short_or_empty_page(length: int) -> None:
    cells = session_cells(length)
    with PageServer(cells, extra=SESSION_META, total=False) as server:
        pages = list(datasets_get_session_cost_pages(server.core(), {"limit": LIMIT}))
    expected = chunks([cell["app_name"] for cell in cells], LIMIT)
    if length % LIMIT == 0:
        expected.append([])  # a full last page cannot tell; the next, empty one ends the walk
    assert page_ids(pages, "app_name") == expected
    assert server.request_count == len(expected)


@pytest.mark.parametrize("length", LENGTHS)
def test_cursor_pages(length: int) -> None:
    entries = files(length)
    with PageServer(entries, style="cursor", extra=OPENROUTER_SHAPE) as server:
        pages = list(files_list_pages(server.core(), {"limit": LIMIT}))
    expected = chunks([entry["id"] for entry in entries], LIMIT) or [[]]
    assert page_ids(pages) == expected
    assert server.request_count == len(expected)
    assert [q.get("cursor") for q in server.queries] == [None] + [
        f"c{LIMIT * n}" for n in range(1, len(expected))
    ]


@pytest.mark.parametrize("length", LENGTHS)
def test_items_flattens_pages_into_their_results(length: int) -> None:
    keys = byok_keys(length)
    with PageServer(keys) as server:
        results = list(items(byok_list_pages(server.core(), {"limit": LIMIT})))
    assert [result.unwrap().id for result in results] == [key["id"] for key in keys]


def test_the_first_page_uses_the_callers_offset_and_cursor() -> None:
    keys = byok_keys(12)
    with PageServer(keys) as server:
        pages = list(byok_list_pages(server.core(), {"offset": 3, "limit": LIMIT}))
    assert page_ids(pages) == chunks([key["id"] for key in keys[3:]], LIMIT)
    assert [q.get("offset") for q in server.queries] == ["3", "8"]

    entries = files(12)
    with PageServer(entries, style="cursor", extra=OPENROUTER_SHAPE) as server:
        pages = list(files_list_pages(server.core(), {"cursor": "c10", "limit": LIMIT}))
    assert page_ids(pages) == [[entry["id"] for entry in entries[10:]]]


def test_no_limit_asked_uses_the_servers_documented_default() -> None:
    # The spec documents limit's default as 100 for this operation: a page of 100 is full.
    cells = session_cells(250)
    with PageServer(cells, extra=SESSION_META, total=False, default_limit=100) as server:
        pages = list(datasets_get_session_cost_pages(server.core()))
    assert [len(result.unwrap().data) for result in pages] == [100, 100, 50]
    assert "limit" not in server.queries[0]


def test_the_walk_stops_at_the_largest_offset_the_server_accepts() -> None:
    # App rankings document offset <= 100: with pages of 50, offsets 0, 50 and 100 are all.
    template = example_for("getAppRankings")["body"]
    ranked = distinct_items(template["data"][0], 300)
    extra = {"meta": template["meta"]}
    with PageServer(ranked, extra=extra, total=False) as server:
        pages = list(datasets_get_app_rankings_pages(server.core(), {"limit": 50}))
    assert [type(result) for result in pages] == [Success] * 3
    assert [q.get("offset") for q in server.queries] == [None, "50", "100"]


# --- laziness and memory ------------------------------------------------------------------


def test_pages_are_requested_only_when_the_loop_asks() -> None:
    with PageServer(byok_keys(20)) as server:
        pages = byok_list_pages(server.core(), {"limit": LIMIT})
        assert server.request_count == 0
        next(pages)
        assert server.request_count == 1
        next(pages)
        assert server.request_count == 2
        pages.close()
        assert list(pages) == []
        assert server.request_count == 2


def test_ten_thousand_entries_one_request_per_page_one_page_in_memory() -> None:
    keys = byok_keys(10_000)
    alive: list[int] = []
    refs: list[weakref.ref[Any]] = []
    with PageServer(keys, default_limit=100) as server:
        count = 0
        for result in byok_list_pages(server.core(), {"limit": 100}):
            page = result.unwrap()
            count += len(page.data)
            refs.append(weakref.ref(page))
            del page  # reference counting frees a page at once; no cycles are involved
            alive.append(sum(ref() is not None for ref in refs))
        del result
    assert count == 10_000
    assert server.request_count == 100
    assert [q.get("offset") for q in server.queries][1:] == [str(100 * n) for n in range(1, 100)]
    # Only the page in the loop's hands is alive; the walk keeps none behind.
    assert max(alive) == 1


def test_ten_thousand_entries_by_cursor() -> None:
    entries = files(10_000)
    with PageServer(entries, style="cursor", extra=OPENROUTER_SHAPE) as server:
        results = list(items(files_list_pages(server.core(), {"limit": 1000})))
    assert len(results) == 10_000
    assert len({result.unwrap().id for result in results}) == 10_000
    assert server.request_count == 10


# --- failures -----------------------------------------------------------------------------


def test_a_failure_on_page_three_is_the_last_item() -> None:
    keys = byok_keys(4 * LIMIT)
    with PageServer(keys, fail={3: 500}) as server:
        pages = byok_list_pages(server.core(), {"limit": LIMIT})
        seen = list(pages)
        assert list(pages) == []  # nothing after the failure, even when asked again
    assert [type(result) for result in seen] == [Success, Success, Failure]
    assert page_ids(seen[:2]) == chunks([key["id"] for key in keys[: 2 * LIMIT]], LIMIT)
    assert isinstance(seen[2].failure(), InternalServerResponseError)
    assert server.request_count == 3


def test_items_ends_with_the_failure() -> None:
    keys = byok_keys(4 * LIMIT)
    with PageServer(keys, fail={3: 500}) as server:
        flat = list(items(byok_list_pages(server.core(), {"limit": LIMIT})))
    assert [type(result) for result in flat] == [Success] * (2 * LIMIT) + [Failure]
    assert isinstance(flat[-1].failure(), InternalServerResponseError)
    assert server.request_count == 3


def test_retries_and_options_apply_to_each_page() -> None:
    keys = byok_keys(3 * LIMIT)
    with PageServer(keys, fail={2: 503}) as server:
        core = server.core(retry_config=RetryConfig(), clock=FakeClock())
        options = RequestOptions(http_headers={"X-Trace": "walk-1"})
        pages = list(byok_list_pages(core, {"limit": LIMIT}, options=options))
    assert [type(result) for result in pages] == [Success] * 3
    # Page 2 failed once with 503 and was retried: four requests for three pages.
    assert [q.get("offset") for q in server.queries] == [None, "5", "5", "10"]
    assert {headers.get("X-Trace") for headers in server.headers} == {"walk-1"}


def test_bad_input_is_one_failure_and_sends_nothing() -> None:
    with PageServer(byok_keys(3)) as server:
        pages = list(byok_list_pages(server.core(), {"limit": "many", "bogus": 1}))
    assert len(pages) == 1
    assert isinstance(pages[0].failure(), SDKValidationError)
    assert server.request_count == 0


# --- misbehaving servers ------------------------------------------------------------------


def test_a_server_that_ignores_limit() -> None:
    keys = byok_keys(120)
    with PageServer(keys, ignore_limit=True, default_limit=50) as server:
        pages = list(byok_list_pages(server.core(), {"limit": 10}))
    # Offsets advance by what arrived, so nothing is skipped or repeated.
    assert [len(result.unwrap().data) for result in pages] == [50, 50, 20]
    assert [q.get("offset") for q in server.queries] == [None, "50", "100"]
    flat = [key for result in pages for key in result.unwrap().data]
    assert [key.id for key in flat] == [key["id"] for key in keys]


def test_a_server_that_ignores_limit_without_total_count() -> None:
    cells = session_cells(120)
    with PageServer(
        cells, extra=SESSION_META, total=False, ignore_limit=True, default_limit=50
    ) as server:
        pages = list(datasets_get_session_cost_pages(server.core(), {"limit": 10}))
    assert [len(result.unwrap().data) for result in pages] == [50, 50, 20, 0]


def test_a_server_repeating_the_same_full_page_ends_with_a_pagination_error() -> None:
    with PageServer(byok_keys(30), ignore_position=True, total=True) as server:
        pages = list(byok_list_pages(server.core(), {"limit": 10}))
    assert [type(result) for result in pages] == [Success, Failure]
    error = pages[-1].failure()
    assert isinstance(error, PaginationError)
    assert error.page == 2
    assert "repeats page 1" in str(error)
    assert "GET /byok" in str(error)
    assert server.request_count == 2


def test_a_cursor_server_repeating_its_page_ends_with_a_pagination_error() -> None:
    with PageServer(
        files(30), style="cursor", extra=OPENROUTER_SHAPE, ignore_position=True
    ) as server:
        pages = list(files_list_pages(server.core(), {"limit": 10}))
    assert [type(result) for result in pages] == [Success, Failure]
    assert isinstance(pages[-1].failure(), PaginationError)
    assert "ignored the cursor" in str(pages[-1].failure())


def test_a_page_that_says_more_remain_but_has_no_cursor_is_not_a_silent_end() -> None:
    with PageServer(
        files(30), style="cursor", extra=OPENROUTER_SHAPE, cursor_without_more=True
    ) as server:
        pages = list(files_list_pages(server.core(), {"limit": 10}))
    assert [type(result) for result in pages] == [Success, Failure]
    assert isinstance(pages[-1].failure(), PaginationError)
    assert "no cursor" in str(pages[-1].failure())


#: More pages than any cycling test should see: the old walk went round forever.
BOUND = 12


def test_a_cursor_server_going_round_a_b_a_b_ends_with_a_pagination_error() -> None:
    # Pages A (c0 -> c5) and B (c5 -> c0), then A again: not the previous page, an earlier one.
    with PageServer(files(30), style="cursor", extra=OPENROUTER_SHAPE, wrap_at=10) as server:
        pages = list(itertools.islice(files_list_pages(server.core(), {"limit": 5}), BOUND))
    assert [type(result) for result in pages] == [Success, Success, Failure]
    error = pages[-1].failure()
    assert isinstance(error, PaginationError)
    assert error.page == 3
    assert "page 3 repeats page 1" in str(error)
    assert [q.get("cursor") for q in server.queries] == [None, "c5", "c0"]


def test_a_cursor_already_followed_ends_the_walk_before_it_is_sent_again() -> None:
    # The caller starts at c0; page 2 names c0 as its next cursor, which would walk A, B again.
    with PageServer(files(30), style="cursor", extra=OPENROUTER_SHAPE, wrap_at=10) as server:
        walk = files_list_pages(server.core(), {"limit": 5, "cursor": "c0"})
        pages = list(itertools.islice(walk, BOUND))
    assert [type(result) for result in pages] == [Success, Success, Failure]
    error = pages[-1].failure()
    assert isinstance(error, PaginationError)
    assert error.page == 2
    assert "cursor is the one page 1 was asked with" in str(error)
    assert [q.get("cursor") for q in server.queries] == ["c0", "c5"]


def test_an_offset_server_going_round_a_b_a_b_ends_with_a_pagination_error() -> None:
    # Offsets 0, 5, 10, 15 ... answered as 0, 5, 0, 5: the list never runs short.
    with PageServer(byok_keys(1000), wrap_at=10) as server:
        pages = list(itertools.islice(byok_list_pages(server.core(), {"limit": 5}), BOUND))
    assert [type(result) for result in pages] == [Success, Success, Failure]
    error = pages[-1].failure()
    assert isinstance(error, PaginationError)
    assert "page 3 repeats page 1" in str(error)
    assert "went back to an earlier page" in str(error)
    assert [q.get("offset") for q in server.queries] == [None, "5", "10"]


def test_a_longer_cycle_is_caught_at_its_first_repeat() -> None:
    with PageServer(byok_keys(1000), wrap_at=35) as server:
        flat = list(itertools.islice(items(byok_list_pages(server.core(), {"limit": 5})), 100))
    assert [type(result) for result in flat] == [Success] * 35 + [Failure]
    assert "page 8 repeats page 1" in str(flat[-1].failure())


# --- async parity -------------------------------------------------------------------------


@pytest.mark.parametrize("length", LENGTHS)
async def test_async_pages_match_sync(length: int) -> None:
    keys, entries, cells = byok_keys(length), files(length), session_cells(length)
    with (
        PageServer(keys) as offset,
        PageServer(entries, style="cursor", extra=OPENROUTER_SHAPE) as cursor,
        PageServer(cells, extra=SESSION_META, total=False) as untotalled,
    ):
        sync = [
            page_ids(list(byok_list_pages(offset.core(), {"limit": LIMIT}))),
            page_ids(list(files_list_pages(cursor.core(), {"limit": LIMIT}))),
            page_ids(
                list(datasets_get_session_cost_pages(untotalled.core(), {"limit": LIMIT})),
                "app_name",
            ),
        ]
        asynchronous = [
            page_ids([p async for p in byok_list_pages_async(offset.core(), {"limit": LIMIT})]),
            page_ids([p async for p in files_list_pages_async(cursor.core(), {"limit": LIMIT})]),
            page_ids(
                [
                    p
                    async for p in datasets_get_session_cost_pages_async(
                        untotalled.core(), {"limit": LIMIT}
                    )
                ],
                "app_name",
            ),
        ]
    assert asynchronous == sync
    assert offset.queries[: len(offset.queries) // 2] == offset.queries[len(offset.queries) // 2 :]


async def test_async_failure_and_repeat_and_items() -> None:
    keys = byok_keys(4 * LIMIT)
    with PageServer(keys, fail={3: 500}) as server:
        pages = [p async for p in byok_list_pages_async(server.core(), {"limit": LIMIT})]
    assert [type(result) for result in pages] == [Success, Success, Failure]
    with PageServer(keys, fail={3: 500}) as server:
        flat = [r async for r in items_async(byok_list_pages_async(server.core(), {"limit": 5}))]
    assert [type(result) for result in flat] == [Success] * (2 * LIMIT) + [Failure]
    with PageServer(keys, ignore_position=True) as server:
        pages = [p async for p in byok_list_pages_async(server.core(), {"limit": LIMIT})]
    assert [type(result) for result in pages] == [Success, Failure]
    assert isinstance(pages[-1].failure(), PaginationError)


async def test_async_pages_are_lazy() -> None:
    with PageServer(byok_keys(20)) as server:
        pages = byok_list_pages_async(server.core(), {"limit": LIMIT})
        assert server.request_count == 0
        await pages.__anext__()
        assert server.request_count == 1
        await pages.aclose()
        assert [p async for p in pages] == []
        assert server.request_count == 1


async def test_async_walks_end_on_cycling_cursors_and_offsets() -> None:
    async def bounded(walk: Any) -> list[Any]:
        pages = []
        async for page in walk:
            pages.append(page)
            if len(pages) == BOUND:
                break
        return pages

    with PageServer(files(30), style="cursor", extra=OPENROUTER_SHAPE, wrap_at=10) as server:
        core = server.core()
        cycled = await bounded(files_list_pages_async(core, {"limit": 5}))
        followed = await bounded(files_list_pages_async(core, {"limit": 5, "cursor": "c0"}))
        await core.aclose()
    with PageServer(byok_keys(1000), wrap_at=10) as server:
        core = server.core()
        offsets = await bounded(byok_list_pages_async(core, {"limit": 5}))
        await core.aclose()
    for pages in (cycled, followed, offsets):
        assert [type(result) for result in pages[:2]] == [Success, Success]
        assert isinstance(pages[-1].failure(), PaginationError)
    assert [len(cycled), len(followed), len(offsets)] == [3, 3, 3]
    assert [error.failure().page for error in (cycled[-1], followed[-1], offsets[-1])] == [3, 2, 3]
