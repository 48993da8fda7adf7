# Generated from the OpenRouter OpenAPI spec (tag Datasets) by `python -m codegen`; do not edit.
"""What the spec documents about each Datasets function, one ``Case`` per call.

``tests/test_documented_operations.py`` runs its checks over every row.
"""

from __future__ import annotations

from tests.operation_case import Case

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
