# Generated from the OpenRouter OpenAPI spec (tag Files) by `python -m codegen`; do not edit.
"""The Files functions against the offline stand-in: examples, errors, requests."""

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
        function="files_delete",
        operation_id="deleteFile",
        request={
            "file_id": "or_file_011CNha8iCJcU1wXNR6q4V8w",
            "workspace_id": "a103d8b6-42f0-4e50-9a3c-bf41e2c3c1a7",
            "provider": "openai",
        },
        method="DELETE",
        path="/api/v1/files/or_file_011CNha8iCJcU1wXNR6q4V8w",
        query=[("provider", "openai"), ("workspace_id", "a103d8b6-42f0-4e50-9a3c-bf41e2c3c1a7")],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="FileDeleteResponse",
        errors={
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
            503: "ServiceUnavailableResponseError",
        },
    ),
    Case(
        function="files_download",
        operation_id="downloadFileContent",
        request={
            "file_id": "or_file_011CNha8iCJcU1wXNR6q4V8w",
            "workspace_id": "a103d8b6-42f0-4e50-9a3c-bf41e2c3c1a7",
            "provider": "openai",
        },
        method="GET",
        path="/api/v1/files/or_file_011CNha8iCJcU1wXNR6q4V8w/content",
        query=[("provider", "openai"), ("workspace_id", "a103d8b6-42f0-4e50-9a3c-bf41e2c3c1a7")],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="bytes",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
            503: "ServiceUnavailableResponseError",
        },
    ),
    Case(
        function="files_list",
        operation_id="listFiles",
        request={
            "limit": 100,
            "cursor": "eyJjdXJzb3IiOiJvcl9maWxlXzAxMUNOaGE4aUNKY1Uxd1hOUjZxNFY4dyJ9",
            "workspace_id": "a103d8b6-42f0-4e50-9a3c-bf41e2c3c1a7",
            "provider": "openai",
            "after": "or_file_011CNha8iCJcU1wXNR6q4V8w",
            "after_id": "or_file_011CNha8iCJcU1wXNR6q4V8w",
            "before_id": "or_file_011CNha8iCJcU1wXNR6q4V8w",
            "order": "asc",
        },
        method="GET",
        path="/api/v1/files",
        query=[
            ("after", "or_file_011CNha8iCJcU1wXNR6q4V8w"),
            ("after_id", "or_file_011CNha8iCJcU1wXNR6q4V8w"),
            ("before_id", "or_file_011CNha8iCJcU1wXNR6q4V8w"),
            ("cursor", "eyJjdXJzb3IiOiJvcl9maWxlXzAxMUNOaGE4aUNKY1Uxd1hOUjZxNFY4dyJ9"),
            ("limit", "100"),
            ("order", "asc"),
            ("provider", "openai"),
            ("workspace_id", "a103d8b6-42f0-4e50-9a3c-bf41e2c3c1a7"),
        ],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="FileListResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
            503: "ServiceUnavailableResponseError",
        },
    ),
    Case(
        function="files_retrieve",
        operation_id="getFileMetadata",
        request={
            "file_id": "or_file_011CNha8iCJcU1wXNR6q4V8w",
            "workspace_id": "a103d8b6-42f0-4e50-9a3c-bf41e2c3c1a7",
            "provider": "openai",
        },
        method="GET",
        path="/api/v1/files/or_file_011CNha8iCJcU1wXNR6q4V8w",
        query=[("provider", "openai"), ("workspace_id", "a103d8b6-42f0-4e50-9a3c-bf41e2c3c1a7")],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="FileResponse",
        errors={
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
            503: "ServiceUnavailableResponseError",
        },
    ),
    Case(
        function="files_upload",
        operation_id="uploadFile",
        request={
            "workspace_id": "a103d8b6-42f0-4e50-9a3c-bf41e2c3c1a7",
            "provider": "openai",
            "file": ("document.pdf", b"example file contents\x00\x01", "application/octet-stream"),
        },
        method="POST",
        path="/api/v1/files",
        query=[("provider", "openai"), ("workspace_id", "a103d8b6-42f0-4e50-9a3c-bf41e2c3c1a7")],
        headers={},
        body={},
        body_kind="multipart",
        files={"file": "document.pdf"},
        response="FileResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            413: "PayloadTooLargeResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
            503: "ServiceUnavailableResponseError",
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
