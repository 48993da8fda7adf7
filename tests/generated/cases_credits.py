# Generated from the OpenRouter OpenAPI spec (tag Credits) by `python -m codegen`; do not edit.
"""What the spec documents about each Credits function, one ``Case`` per call.

``tests/test_documented_operations.py`` runs its checks over every row.
"""

from __future__ import annotations

from tests.operation_case import Case

CASES = [
    Case(
        function="credits_create_coinbase_charge",
        operation_id="createCoinbaseCharge",
        request={},
        method="POST",
        path="/api/v1/credits/coinbase",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="None",
        errors={410: "GoneResponseError"},
    ),
    Case(
        function="credits_get_credits",
        operation_id="getCredits",
        request={},
        method="GET",
        path="/api/v1/credits",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="CreditsGetCreditsResponse",
        errors={
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            500: "InternalServerResponseError",
        },
    ),
]
