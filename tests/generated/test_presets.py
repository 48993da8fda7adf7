# Generated from the OpenRouter OpenAPI spec (tag Presets) by `python -m codegen`; do not edit.
"""The Presets functions against the offline stand-in: examples, errors, requests."""

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
        function="presets_create_presets_chat_completions",
        operation_id="createPresetsChatCompletions",
        request={
            "slug": "my-preset",
            "messages": [
                {"content": "You are a helpful assistant.", "role": "system"},
                {"content": "Hello!", "role": "user"},
            ],
            "model": "openai/gpt-5.4",
            "temperature": 0.7,
        },
        method="POST",
        path="/api/v1/presets/my-preset/chat/completions",
        query=[],
        headers={},
        body={
            "messages": [
                {"content": "You are a helpful assistant.", "role": "system"},
                {"content": "Hello!", "role": "user"},
            ],
            "model": "openai/gpt-5.4",
            "temperature": 0.7,
        },
        body_kind="json",
        files={},
        response="CreatePresetFromInferenceResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            409: "ConflictResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="presets_create_presets_messages",
        operation_id="createPresetsMessages",
        request={
            "slug": "my-preset",
            "max_tokens": 1024,
            "messages": [{"content": "Hello!", "role": "user"}],
            "model": "anthropic/claude-4.6-sonnet",
            "system": "You are a helpful assistant.",
        },
        method="POST",
        path="/api/v1/presets/my-preset/messages",
        query=[],
        headers={},
        body={
            "max_tokens": 1024,
            "messages": [{"content": "Hello!", "role": "user"}],
            "model": "anthropic/claude-4.6-sonnet",
            "system": "You are a helpful assistant.",
        },
        body_kind="json",
        files={},
        response="CreatePresetFromInferenceResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            409: "ConflictResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="presets_create_presets_responses",
        operation_id="createPresetsResponses",
        request={
            "slug": "my-preset",
            "input": "Hello!",
            "instructions": "You are a helpful assistant.",
            "model": "openai/gpt-5.4",
        },
        method="POST",
        path="/api/v1/presets/my-preset/responses",
        query=[],
        headers={},
        body={
            "input": "Hello!",
            "instructions": "You are a helpful assistant.",
            "model": "openai/gpt-5.4",
        },
        body_kind="json",
        files={},
        response="CreatePresetFromInferenceResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            403: "ForbiddenResponseError",
            404: "NotFoundResponseError",
            409: "ConflictResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="presets_get",
        operation_id="getPreset",
        request={"slug": "my-preset"},
        method="GET",
        path="/api/v1/presets/my-preset",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="GetPresetResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="presets_get_version",
        operation_id="getPresetVersion",
        request={"slug": "my-preset", "version": "1"},
        method="GET",
        path="/api/v1/presets/my-preset/versions/1",
        query=[],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="GetPresetVersionResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="presets_list",
        operation_id="listPresets",
        request={"offset": 0, "limit": 50},
        method="GET",
        path="/api/v1/presets",
        query=[("limit", "50"), ("offset", "0")],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ListPresetsResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            500: "InternalServerResponseError",
        },
    ),
    Case(
        function="presets_list_versions",
        operation_id="listPresetVersions",
        request={"slug": "my-preset", "offset": 0, "limit": 50},
        method="GET",
        path="/api/v1/presets/my-preset/versions",
        query=[("limit", "50"), ("offset", "0")],
        headers={},
        body=None,
        body_kind=None,
        files={},
        response="ListPresetVersionsResponse",
        errors={
            400: "BadRequestResponseError",
            401: "UnauthorizedResponseError",
            404: "NotFoundResponseError",
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
