# Generated from the OpenRouter OpenAPI spec (tag API Keys) by `python -m codegen`; do not edit.
"""The API Keys functions against the offline stand-in: examples, errors, requests."""

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
        function="api_keys_create",
        operation_id="createKeys",
        request={
            "expires_at": "2027-12-31T23:59:59Z",
            "include_byok_in_limit": True,
            "limit": 50,
            "limit_reset": "monthly",
            "name": "My New API Key",
        },
        method="POST",
        path="/api/v1/keys",
        query=[],
        headers={},
        body={
            "expires_at": "2027-12-31T23:59:59Z",
            "include_byok_in_limit": True,
            "limit": 50,
            "limit_reset": "monthly",
            "name": "My New API Key",
        },
        body_kind="json",
        files={},
        response="ApiKeysCreateResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="api_keys_delete",
        operation_id="deleteKeys",
        request={"hash": "f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943"},
        method="DELETE",
        path="/api/v1/keys/f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ApiKeysDeleteResponse",
        errors={
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="api_keys_get",
        operation_id="getKey",
        request={"hash": "f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943"},
        method="GET",
        path="/api/v1/keys/f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ApiKeysGetResponse",
        errors={
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="api_keys_get_current_key_metadata",
        operation_id="getCurrentKey",
        request={},
        method="GET",
        path="/api/v1/key",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ApiKeysGetCurrentKeyMetadataResponse",
        errors={401: "UnauthorizedResponseError", 500: "InternalServerResponseError"},
    ),
    Case(
        function="api_keys_list",
        operation_id="list",
        request={
            "include_disabled": False,
            "offset": 0,
            "workspace_id": "0df9e665-d932-5740-b2c7-b52af166bc11",
        },
        method="GET",
        path="/api/v1/keys",
        query=[
            ("include_disabled", "false"),
            ("offset", "0"),
            ("workspace_id", "0df9e665-d932-5740-b2c7-b52af166bc11"),
        ],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ApiKeysListResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="api_keys_update",
        operation_id="updateKeys",
        request={
            "hash": "f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943",
            "disabled": False,
            "include_byok_in_limit": True,
            "limit": 75,
            "limit_reset": "daily",
            "name": "Updated API Key Name",
        },
        method="PATCH",
        path="/api/v1/keys/f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943",
        query=[],
        headers={},
        body={
            "disabled": False,
            "include_byok_in_limit": True,
            "limit": 75,
            "limit_reset": "daily",
            "name": "Updated API Key Name",
        },
        body_kind="json",
        files={},
        response="ApiKeysUpdateResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            429: "TooManyRequestsResponseError",
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
