# Generated from the OpenRouter OpenAPI spec (tag Vault) by `python -m codegen`; do not edit.
"""The Vault functions against the offline stand-in: examples, errors, requests."""

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
        function="vault_copy_vault_secrets_to_intern",
        operation_id="copyVaultSecretsToIntern",
        request={"internId": "string", "names": ["string"]},
        method="POST",
        path="/api/v1/vault/interns/string/secrets/copy",
        query=[],
        headers={},
        body={"names": ["string"]},
        body_kind="json",
        files={},
        response="VaultSecretCopyResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            408: "RequestTimeoutResponseError",
            409: "ConflictResponseError",
            413: "PayloadTooLargeResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
            503: "ServiceUnavailableResponseError",
        },
    ),
    Case(
        function="vault_delete_intern_vault_secret",
        operation_id="deleteInternVaultSecret",
        request={"internId": "string", "name": "string"},
        method="DELETE",
        path="/api/v1/vault/interns/string/secrets/string",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="None",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            408: "RequestTimeoutResponseError",
            409: "ConflictResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
            503: "ServiceUnavailableResponseError",
        },
    ),
    Case(
        function="vault_delete_vault_secret",
        operation_id="deleteVaultSecret",
        request={"name": "string"},
        method="DELETE",
        path="/api/v1/vault/secrets/string",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="None",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            408: "RequestTimeoutResponseError",
            409: "ConflictResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
            503: "ServiceUnavailableResponseError",
        },
    ),
    Case(
        function="vault_list_intern_connections",
        operation_id="listInternConnections",
        request={"internId": "string"},
        method="GET",
        path="/api/v1/vault/interns/string/connections",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ListInternConnectionsResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            408: "RequestTimeoutResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
            503: "ServiceUnavailableResponseError",
        },
    ),
    Case(
        function="vault_list_intern_effective_vault_secrets",
        operation_id="listInternEffectiveVaultSecrets",
        request={"internId": "string"},
        method="GET",
        path="/api/v1/vault/interns/string/effective-secrets",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="VaultEffectiveSecretListResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            408: "RequestTimeoutResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
            503: "ServiceUnavailableResponseError",
        },
    ),
    Case(
        function="vault_list_intern_vault_secrets",
        operation_id="listInternVaultSecrets",
        request={"internId": "string"},
        method="GET",
        path="/api/v1/vault/interns/string/secrets",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="VaultSecretListResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            408: "RequestTimeoutResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
            503: "ServiceUnavailableResponseError",
        },
    ),
    Case(
        function="vault_list_vault_secrets",
        operation_id="listVaultSecrets",
        request={},
        method="GET",
        path="/api/v1/vault/secrets",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="VaultSecretListResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            408: "RequestTimeoutResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
            503: "ServiceUnavailableResponseError",
        },
    ),
    Case(
        function="vault_store_intern_vault_secret",
        operation_id="storeInternVaultSecret",
        request={"internId": "string", "name": "string", "hosts": ["string"], "value": "string"},
        method="PUT",
        path="/api/v1/vault/interns/string/secrets/string",
        query=[],
        headers={},
        body={"hosts": ["string"], "value": "string"},
        body_kind="json",
        files={},
        response="VaultSecretResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            408: "RequestTimeoutResponseError",
            409: "ConflictResponseError",
            413: "PayloadTooLargeResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            502: "BadGatewayResponseError",
            503: "ServiceUnavailableResponseError",
        },
    ),
    Case(
        function="vault_store_vault_secret",
        operation_id="storeVaultSecret",
        request={"name": "string", "hosts": ["string"], "value": "string"},
        method="PUT",
        path="/api/v1/vault/secrets/string",
        query=[],
        headers={},
        body={"hosts": ["string"], "value": "string"},
        body_kind="json",
        files={},
        response="VaultSecretResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            408: "RequestTimeoutResponseError",
            409: "ConflictResponseError",
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
