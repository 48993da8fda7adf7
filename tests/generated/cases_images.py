# Generated from the OpenRouter OpenAPI spec (tag Images) by `python -m codegen`; do not edit.
"""What the spec documents about each Images function, one ``Case`` per call.

``tests/test_documented_operations.py`` runs its checks over every row.
"""

from __future__ import annotations

from tests.operation_case import Case

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
