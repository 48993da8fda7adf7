# Generated from the OpenRouter OpenAPI spec (tag OAuth) by `python -m codegen`; do not edit.
"""What the spec documents about each OAuth function, one ``Case`` per call.

``tests/test_documented_operations.py`` runs its checks over every row.
"""

from __future__ import annotations

from tests.operation_case import Case

CASES = [
    Case(
        function="oauth_create_auth_code",
        operation_id="createAuthKeysCode",
        request={
            "callback_url": "https://myapp.com/auth/callback",
            "code_challenge": "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
            "code_challenge_method": "S256",
            "limit": 100,
        },
        method="POST",
        path="/api/v1/auth/keys/code",
        query=[],
        headers={},
        body={
            "callback_url": "https://myapp.com/auth/callback",
            "code_challenge": "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
            "code_challenge_method": "S256",
            "limit": 100,
        },
        body_kind="json",
        files={},
        response="OauthCreateAuthCodeResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            409: "ConflictResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="oauth_create_oauth_token",
        operation_id="createOauthToken",
        request={
            "federation_policy_id": "string",
            "grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
            "subject_token": "string",
            "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
        },
        method="POST",
        path="/api/v1/oauth/token",
        query=[],
        headers={},
        body={
            "federation_policy_id": "string",
            "grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
            "subject_token": "string",
            "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
        },
        body_kind="form",
        files={},
        response="TokenExchangeResponse",
        errors={
            400: "BadRequestResponseError",
            429: "TooManyRequestsResponseError",
            500: "InternalServerResponseError",
            503: "ServiceUnavailableResponseError",
        },
        error_bodies={
            400: "OAuthErrorResponse",
            429: "OAuthErrorResponse",
            500: "OAuthErrorResponse",
            503: "OAuthErrorResponse",
        },
    ),
    Case(
        function="oauth_exchange_auth_code_for_api_key",
        operation_id="exchangeAuthCodeForAPIKey",
        request={
            "code": "auth_code_abc123def456",
            "code_challenge_method": "S256",
            "code_verifier": "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
        },
        method="POST",
        path="/api/v1/auth/keys",
        query=[],
        headers={},
        body={
            "code": "auth_code_abc123def456",
            "code_challenge_method": "S256",
            "code_verifier": "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
        },
        body_kind="json",
        files={},
        response="OauthExchangeAuthCodeForApiKeyResponse",
        errors={
            400: "BadRequestResponseError",
            403: "ForbiddenResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="oauth_list_oauth_jwks",
        operation_id="listOauthJwks",
        request={},
        method="GET",
        path="/api/v1/oauth/jwks",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="OAuthJwks",
        errors={500: "InternalServerResponseError"},
    ),
]
