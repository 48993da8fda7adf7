# Generated from the OpenRouter OpenAPI spec (tag Video Generation) by `python -m codegen`; do not edit.
"""What the spec documents about each Video Generation function, one ``Case`` per call.

``tests/test_documented_operations.py`` runs its checks over every row.
"""

from __future__ import annotations

from tests.operation_case import Case

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
