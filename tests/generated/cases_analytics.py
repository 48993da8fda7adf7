# Generated from the OpenRouter OpenAPI spec (tag Analytics) by `python -m codegen`; do not edit.
"""What the spec documents about each Analytics function, one ``Case`` per call.

``tests/test_documented_operations.py`` runs its checks over every row.
"""

from __future__ import annotations

from tests.operation_case import Case

CASES = [
    Case(
        function="analytics_get_analytics_meta",
        operation_id="getAnalyticsMeta",
        request={},
        method="GET",
        path="/api/v1/analytics/meta",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="AnalyticsGetAnalyticsMetaResponse",
        errors={
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="analytics_get_user_activity",
        operation_id="getUserActivity",
        request={
            "date": "2025-08-24",
            "api_key_hash": "abc123def456...",
            "user_id": "user_abc123",
            "group_by": "workspace",
            "workspace_id": "550e8400-e29b-41d4-a716-446655440000",
        },
        method="GET",
        path="/api/v1/activity",
        query=[
            ("api_key_hash", "abc123def456..."),
            ("date", "2025-08-24"),
            ("group_by", "workspace"),
            ("user_id", "user_abc123"),
            ("workspace_id", "550e8400-e29b-41d4-a716-446655440000"),
        ],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ActivityResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="analytics_query_analytics",
        operation_id="queryAnalytics",
        request={
            "dimensions": ["model"],
            "granularity": "day",
            "limit": 100,
            "metrics": ["request_count"],
            "time_range": {"end": "2025-01-08T00:00:00Z", "start": "2025-01-01T00:00:00Z"},
        },
        method="POST",
        path="/api/v1/analytics/query",
        query=[],
        headers={},
        body={
            "dimensions": ["model"],
            "granularity": "day",
            "limit": 100,
            "metrics": ["request_count"],
            "time_range": {"end": "2025-01-08T00:00:00Z", "start": "2025-01-01T00:00:00Z"},
        },
        body_kind="json",
        files={},
        response="AnalyticsQueryAnalyticsResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            408: "RequestTimeoutResponseError",
            500: "InternalServerResponseError",
        },
    ),
]
