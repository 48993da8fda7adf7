# Generated from the OpenRouter OpenAPI spec (tag Private Endpoints) by `python -m codegen`; do not edit.
"""The Private Endpoints functions against the offline stand-in: examples, errors, requests."""

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
        function="private_endpoints_activate",
        operation_id="activatePrivateEndpoint",
        request={"id": "string"},
        method="POST",
        path="/api/v1/private-endpoints/string/activate",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ManagedPrivateEndpointResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            408: "RequestTimeoutResponseError",
            409: "ConflictResponseError",
            422: "UnprocessableEntityResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
        },
    ),
    Case(
        function="private_endpoints_create",
        operation_id="createPrivateEndpoint",
        request={
            "model_permaslug": "string",
            "provider_slug": "string",
            "upstream_model_id": "string",
        },
        method="POST",
        path="/api/v1/private-endpoints",
        query=[],
        headers={},
        body={
            "model_permaslug": "string",
            "provider_slug": "string",
            "upstream_model_id": "string",
        },
        body_kind="json",
        files={},
        response="ManagedPrivateEndpointResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            408: "RequestTimeoutResponseError",
            409: "ConflictResponseError",
            422: "UnprocessableEntityResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
        },
        error_bodies={
            400: None,
            401: None,
            403: None,
            404: "NotFoundUnion",
            408: None,
            409: "ConflictUnion",
            422: "UnprocessableEntityUnion",
            500: "InternalServerErrorUnion",
            502: "BadGatewayUnion",
        },
    ),
    Case(
        function="private_endpoints_delete",
        operation_id="deletePrivateEndpoint",
        request={"id": "string"},
        method="DELETE",
        path="/api/v1/private-endpoints/string",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="DeletePrivateEndpointResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            408: "RequestTimeoutResponseError",
            409: "ConflictResponseError",
            422: "UnprocessableEntityResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
        },
    ),
    Case(
        function="private_endpoints_disable",
        operation_id="disablePrivateEndpoint",
        request={"id": "string"},
        method="POST",
        path="/api/v1/private-endpoints/string/disable",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ManagedPrivateEndpointResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            408: "RequestTimeoutResponseError",
            409: "ConflictResponseError",
            422: "UnprocessableEntityResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
        },
    ),
    Case(
        function="private_endpoints_enable",
        operation_id="enablePrivateEndpoint",
        request={"id": "string"},
        method="POST",
        path="/api/v1/private-endpoints/string/enable",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ManagedPrivateEndpointResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            408: "RequestTimeoutResponseError",
            409: "ConflictResponseError",
            422: "UnprocessableEntityResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
        },
    ),
    Case(
        function="private_endpoints_get",
        operation_id="getPrivateEndpoint",
        request={"id": "string"},
        method="GET",
        path="/api/v1/private-endpoints/string",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="PrivateEndpointResponse",
        errors={
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            408: "RequestTimeoutResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="private_endpoints_list",
        operation_id="listPrivateEndpoints",
        request={},
        method="GET",
        path="/api/v1/private-endpoints",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ListPrivateEndpointsResponse",
        errors={
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            408: "RequestTimeoutResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="private_endpoints_update",
        operation_id="updatePrivateEndpoint",
        request={"id": "string", "upstream_model_id": "string"},
        method="PATCH",
        path="/api/v1/private-endpoints/string",
        query=[],
        headers={},
        body={"upstream_model_id": "string"},
        body_kind="json",
        files={},
        response="PrivateEndpointResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            408: "RequestTimeoutResponseError",
            409: "ConflictResponseError",
            422: "UnprocessableEntityResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
        },
    ),
    Case(
        function="private_endpoints_update_pricing",
        operation_id="updatePrivateEndpointPricing",
        request={"id": "string", "pricing": {"completion": "string", "prompt": "string"}},
        method="PUT",
        path="/api/v1/private-endpoints/string/pricing",
        query=[],
        headers={},
        body={"pricing": {"completion": "string", "prompt": "string"}},
        body_kind="json",
        files={},
        response="PrivateEndpointResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            408: "RequestTimeoutResponseError",
            409: "ConflictResponseError",
            422: "UnprocessableEntityResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
        },
    ),
    Case(
        function="private_endpoints_validate",
        operation_id="validatePrivateEndpoint",
        request={"id": "string", "workspace_id": "string"},
        method="POST",
        path="/api/v1/private-endpoints/string/validate",
        query=[],
        headers={},
        body={"workspace_id": "string"},
        body_kind="json",
        files={},
        response="PrivateEndpointValidationResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            408: "RequestTimeoutResponseError",
            409: "ConflictResponseError",
            422: "UnprocessableEntityResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
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
