# Generated from the OpenRouter OpenAPI spec (tag Models) by `python -m codegen`; do not edit.
"""The Models functions against the offline stand-in: examples, errors, requests."""

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
        function="models_count",
        operation_id="listModelsCount",
        request={"output_modalities": "text"},
        method="GET",
        path="/api/v1/models/count",
        query=[("output_modalities", "text")],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ModelsCountResponse",
        errors={
            400: "BadRequestResponseError",
            403: "ForbiddenResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="models_get",
        operation_id="getModel",
        request={"author": "openai", "slug": "gpt-4"},
        method="GET",
        path="/api/v1/model/openai/gpt-4",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ModelResponse",
        errors={
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="models_list",
        operation_id="getModels",
        request={
            "offset": 0,
            "limit": 500,
            "category": "programming",
            "supported_parameters": "temperature",
            "output_modalities": "text",
            "sort": "newest",
            "q": "gpt-4",
            "input_modalities": "text,image",
            "context": 128000,
            "min_price": 0,
            "max_price": 10,
            "arch": "GPT",
            "model_authors": "openai,anthropic",
            "providers": "OpenAI,Anthropic",
            "distillable": "true",
            "zdr": "true",
            "region": "eu",
            "min_output_price": 0,
            "max_output_price": 10,
            "min_age_days": 0,
            "max_age_days": 90,
            "min_intelligence_index": 50,
            "max_intelligence_index": 100,
            "min_coding_index": 50,
            "max_coding_index": 100,
            "min_agentic_index": 50,
            "max_agentic_index": 100,
            "min_tool_success_rate": 0.9,
            "max_tool_success_rate": 1,
        },
        method="GET",
        path="/api/v1/models",
        query=[
            ("arch", "GPT"),
            ("category", "programming"),
            ("context", "128000"),
            ("distillable", "true"),
            ("input_modalities", "text,image"),
            ("limit", "500"),
            ("max_age_days", "90"),
            ("max_agentic_index", "100"),
            ("max_coding_index", "100"),
            ("max_intelligence_index", "100"),
            ("max_output_price", "10"),
            ("max_price", "10"),
            ("max_tool_success_rate", "1"),
            ("min_age_days", "0"),
            ("min_agentic_index", "50"),
            ("min_coding_index", "50"),
            ("min_intelligence_index", "50"),
            ("min_output_price", "0"),
            ("min_price", "0"),
            ("min_tool_success_rate", "0.9"),
            ("model_authors", "openai,anthropic"),
            ("offset", "0"),
            ("output_modalities", "text"),
            ("providers", "OpenAI,Anthropic"),
            ("q", "gpt-4"),
            ("region", "eu"),
            ("sort", "newest"),
            ("supported_parameters", "temperature"),
            ("zdr", "true"),
        ],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ModelsListResponse",
        errors={
            400: "BadRequestResponseError",
            403: "ForbiddenResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="models_list_for_user",
        operation_id="listModelsUser",
        request={"offset": 0, "limit": 500},
        method="GET",
        path="/api/v1/models/user",
        query=[("limit", "500"), ("offset", "0")],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ModelsListResponse",
        errors={
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
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
