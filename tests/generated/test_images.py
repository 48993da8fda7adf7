# Generated from the OpenRouter OpenAPI spec (tag Images) by `python -m codegen`; do not edit.
"""The Images functions against the offline stand-in: examples, errors, requests."""

from __future__ import annotations

import pytest

from tests.generated._support import (
    Case,
    check_error,
    check_request,
    check_stream,
    check_success,
    check_success_async,
    check_undocumented_statuses,
    error_params,
)

CASES = [
    Case(
        function="images_generate",
        operation_id="createImages",
        request={
            "model": "bytedance-seed/seedream-4.5",
            "prompt": "a red panda astronaut floating in space, studio lighting",
        },
        method="POST",
        path="/api/v1/images",
        query=[],
        headers={},
        body={
            "model": "bytedance-seed/seedream-4.5",
            "prompt": "a red panda astronaut floating in space, studio lighting",
        },
        body_kind="json",
        files={},
        response="ImageGenerationResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            402: "PaymentRequiredResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            413: "PayloadTooLargeResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
            524: "EdgeNetworkTimeoutResponseError",
            529: "ProviderOverloadedResponseError",
        },
        events=1,
    ),
    Case(
        function="images_list_model_endpoints",
        operation_id="listImageModelEndpoints",
        request={"author": "bytedance-seed", "slug": "seedream-4.5"},
        method="GET",
        path="/api/v1/images/models/bytedance-seed/seedream-4.5/endpoints",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ImageModelEndpointsResponse",
        errors={404: "NotFoundResponseError", 500: "InternalServerResponseError"},
    ),
    Case(
        function="images_list_models",
        operation_id="listImageModels",
        request={},
        method="GET",
        path="/api/v1/images/models",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ImageModelsListResponse",
        errors={500: "InternalServerResponseError"},
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


@pytest.mark.parametrize(
    "case", [case for case in CASES if case.events is not None], ids=lambda case: case.id
)
def test_stream_true_gives_the_documented_events(case: Case) -> None:
    check_stream(case)
