# Generated from the OpenRouter OpenAPI spec (tag Benchmarks) by `python -m codegen`; do not edit.
"""What the spec documents about each Benchmarks function, one ``Case`` per call.

``tests/test_documented_operations.py`` runs its checks over every row.
"""

from __future__ import annotations

from tests.operation_case import Case

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
