# Generated from the OpenRouter OpenAPI spec (tag Containers) by `python -m codegen`; do not edit.
"""What the spec documents about each Containers function, one ``Case`` per call.

``tests/test_documented_operations.py`` runs its checks over every row.
"""

from __future__ import annotations

from tests.operation_case import Case

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
