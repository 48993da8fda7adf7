# Generated from the OpenRouter OpenAPI spec (tag Datasets) by `python -m codegen`; do not edit.
"""The Datasets functions against the offline stand-in: examples, errors, requests."""

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
        function="datasets_get_app_rankings",
        operation_id="getAppRankings",
        request={
            "category": "coding",
            "subcategory": "cli-agent",
            "sort": "popular",
            "start_date": "2026-04-12",
            "end_date": "2026-05-11",
            "limit": 50,
            "offset": 0,
        },
        method="GET",
        path="/api/v1/datasets/app-rankings",
        query=[
            ("category", "coding"),
            ("end_date", "2026-05-11"),
            ("limit", "50"),
            ("offset", "0"),
            ("sort", "popular"),
            ("start_date", "2026-04-12"),
            ("subcategory", "cli-agent"),
        ],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="AppRankingsResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="datasets_get_rankings_daily",
        operation_id="getRankingsDaily",
        request={
            "start_date": "2026-04-12",
            "end_date": "2026-05-11",
            "period": "day",
            "modality": "text",
            "context_bucket": "100K",
            "category": "programming",
            "language_type": "natural",
        },
        method="GET",
        path="/api/v1/datasets/rankings-daily",
        query=[
            ("category", "programming"),
            ("context_bucket", "100K"),
            ("end_date", "2026-05-11"),
            ("language_type", "natural"),
            ("modality", "text"),
            ("period", "day"),
            ("start_date", "2026-04-12"),
        ],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="RankingsDailyResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="datasets_get_session_cost",
        operation_id="getSessionCost",
        request={
            "app_slug": "hermes-agent",
            "model": "anthropic/claude-4.8-opus",
            "turn_range": "10-49-turns",
            "limit": 100,
            "offset": 0,
        },
        method="GET",
        path="/api/v1/datasets/session-cost",
        query=[
            ("app_slug", "hermes-agent"),
            ("limit", "100"),
            ("model", "anthropic/claude-4.8-opus"),
            ("offset", "0"),
            ("turn_range", "10-49-turns"),
        ],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="SessionCostResponse",
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
