# Generated from the OpenRouter OpenAPI spec (tag Containers) by `python -m codegen`; do not edit.
"""The Containers functions against the offline stand-in: examples, errors, requests."""

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
        function="containers_download_container_file_content",
        operation_id="downloadContainerFileContent",
        request={"container_id": "string", "file_id": "string"},
        method="GET",
        path="/api/v1/containers/string/files/string/content",
        query=[],
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
            503: "ServiceUnavailableResponseError",
        },
    ),
    Case(
        function="containers_get_container_file",
        operation_id="getContainerFile",
        request={"container_id": "string", "file_id": "string"},
        method="GET",
        path="/api/v1/containers/string/files/string",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ContainerFile",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            503: "ServiceUnavailableResponseError",
        },
    ),
    Case(
        function="containers_list_container_files",
        operation_id="listContainerFiles",
        request={"container_id": "string"},
        method="GET",
        path="/api/v1/containers/string/files",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ContainerFileListResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            503: "ServiceUnavailableResponseError",
        },
    ),
    Case(
        function="containers_promote_container_file",
        operation_id="promoteContainerFile",
        request={"container_id": "string", "file_id": "string"},
        method="POST",
        path="/api/v1/containers/string/files/string/promote",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ContainersPromoteContainerFileResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            413: "PayloadTooLargeResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
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
