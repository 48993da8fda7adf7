# Generated from the OpenRouter OpenAPI spec (tag Video Generation) by `python -m codegen`; do not edit.
"""The Video Generation functions against the offline stand-in: examples, errors, requests."""

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
        function="video_generation_generate",
        operation_id="createVideos",
        request={
            "aspect_ratio": "16:9",
            "duration": 8,
            "model": "google/veo-3.1",
            "prompt": "A serene mountain landscape at sunset",
            "resolution": "720p",
        },
        method="POST",
        path="/api/v1/videos",
        query=[],
        headers={},
        body={
            "aspect_ratio": "16:9",
            "duration": 8,
            "model": "google/veo-3.1",
            "prompt": "A serene mountain landscape at sunset",
            "resolution": "720p",
        },
        body_kind="json",
        files={},
        response="VideoGenerationResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            402: "PaymentRequiredResponseError",
            404: "NotFoundResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="video_generation_get_generation",
        operation_id="getVideos",
        request={"jobId": "job-abc123"},
        method="GET",
        path="/api/v1/videos/job-abc123",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="VideoGenerationResponse",
        errors={
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="video_generation_get_video_content",
        operation_id="listVideosContent",
        request={"jobId": "job-abc123", "index": 0},
        method="GET",
        path="/api/v1/videos/job-abc123/content",
        query=[("index", "0")],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="bytes",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
        },
    ),
    Case(
        function="video_generation_list_videos_models",
        operation_id="listVideosModels",
        request={},
        method="GET",
        path="/api/v1/videos/models",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="VideoModelsListResponse",
        errors={400: "BadRequestResponseError", 500: "InternalServerResponseError"},
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
