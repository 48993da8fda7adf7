# Generated from the OpenRouter OpenAPI spec (tag Benchmarks) by `python -m codegen`; do not edit.
"""The Benchmarks functions against the offline stand-in: examples, errors, requests."""

from __future__ import annotations

import pytest

from tests.generated._support import (
    Case,
    check_error,
    check_request,
    check_success,
    check_success_async,
    check_undocumented_statuses,
    error_params,
)

CASES = [
    Case(
        function="benchmarks_get_benchmarks",
        operation_id="getBenchmarks",
        request={
            "source": "artificial-analysis",
            "task_type": "coding",
            "benchmark_type": "search_widesearch",
            "include_run_config": True,
            "search_engine": "exa",
            "search_surface": "server-tool",
            "arena": "models",
            "category": "codecategories",
            "max_results": 50,
        },
        method="GET",
        path="/api/v1/benchmarks",
        query=[
            ("arena", "models"),
            ("benchmark_type", "search_widesearch"),
            ("category", "codecategories"),
            ("include_run_config", "true"),
            ("max_results", "50"),
            ("search_engine", "exa"),
            ("search_surface", "server-tool"),
            ("source", "artificial-analysis"),
            ("task_type", "coding"),
        ],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="UnifiedBenchmarksResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
        },
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_documented_success_example_parses_into_the_model(case: Case) -> None:
    check_success(case)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
async def test_async_function_gives_the_same_model(case: Case) -> None:
    await check_success_async(case)


@pytest.mark.parametrize(("case", "status"), error_params(CASES))
def test_documented_error_status_gives_its_error_class(case: Case, status: int) -> None:
    check_error(case, status)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_any_other_named_status_gives_its_error_class(case: Case) -> None:
    check_undocumented_statuses(case)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_request_goes_out_as_documented(case: Case) -> None:
    check_request(case)
