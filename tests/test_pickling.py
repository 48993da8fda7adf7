"""Errors, models, requests and Results survive pickle (process pools, Ray, Dask), keyless.

A pickled error keeps what a caller reads (message, status, masked headers and body, parsed
data, retry_after_ms, field) and drops ``raw_response``, httpx's object whose request still
holds the Authorization header; a cause that is not a plain builtin error is replaced by a
stand-in naming its type, since it may hold the request too.
"""

from __future__ import annotations

import inspect
import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import httpx
import pytest
from returns.result import Failure, Result, Success

from openrouter_core import errors
from openrouter_core._codec.readers import read as structure
from openrouter_core._inputs import coerce_request
from openrouter_core.errors import (
    DocumentedStatusError,
    HTTPClientError,
    OpenRouterBaseError,
    OpenRouterError,
    SDKValidationError,
    StreamEventError,
    UnauthorizedResponseError,
)
from openrouter_core.models.credits_get_credits_response import CreditsGetCreditsResponse
from openrouter_funcs.chat_send import OPERATION as CHAT_SEND
from openrouter_funcs.chat_send import ChatSendRequest
from openrouter_funcs.credits_get_credits import CreditsGetCreditsRequest, credits_get_credits

from .conftest import SECRET, make_core

KEY = SECRET.encode()
ERROR_CLASSES = sorted(
    (
        cls
        for _, cls in inspect.getmembers(errors, inspect.isclass)
        if issubclass(cls, OpenRouterBaseError) and cls.__module__ == errors.__name__
    ),
    key=lambda cls: cls.__name__,
)


def sent_response(status: int, body: dict[str, Any]) -> httpx.Response:
    """A response as the pipeline keeps it: its request carries the key."""
    request = httpx.Request(
        "POST", "https://openrouter.ai/api/v1/chat", headers={"Authorization": f"Bearer {SECRET}"}
    )
    return httpx.Response(status, json=body, headers={"X-Request-Id": "r1"}, request=request)


def an_error(cls: type[OpenRouterBaseError]) -> OpenRouterBaseError:
    """An instance of ``cls`` built with the arguments the SDK gives it."""
    if issubclass(cls, DocumentedStatusError) and cls is not DocumentedStatusError:
        body = {"error": {"code": cls.status, "message": "nope"}}
        response = sent_response(cls.status, body)
        return cls("nope", response, response.text, structure(body, cls.data_type()))
    if cls is DocumentedStatusError:  # the base, with a plain dict as its data
        return cls("nope", sent_response(400, {}), "{}", {"error": {"message": "nope"}})
    if cls is errors.ResponseValidationError:
        return cls("bad body", sent_response(200, {}), "{}", ValueError("no JSON"))
    if issubclass(cls, OpenRouterError):
        return cls("teapot", sent_response(418, {}), "short and stout")
    if cls is StreamEventError:
        return cls(
            "stream failed", code=401, data={"message": "x"}, response=sent_response(200, {})
        )
    if issubclass(cls, HTTPClientError):
        request = sent_response(200, {}).request
        return cls("could not connect", httpx.ConnectError("refused", request=request))
    if cls is SDKValidationError:
        return cls("bad input", field="model", cause=TypeError("not a str"))
    if cls is errors.PaginationError:
        return cls("page 2 repeats page 1", page=2)
    if cls is errors.ToolExecutionError:
        return cls("get_weather", "call_1", LookupError("no such city"))
    if cls is errors.OutputValidationError:
        return cls('{"city": 3}', "$.city", "expected a string", output_name="Weather")
    if cls is errors.OutputRefusedError:
        return cls("I can't help with that.")
    if cls is errors.BudgetExceededError:
        from openrouter_core import Budget

        return cls("spent", budget=Budget(max_usd=1.0), spent_usd=1.25, spent_tokens=900)
    if cls is errors.BatchIncompleteError:
        from openrouter_core import from_dict
        from openrouter_core.models.batch_object import BatchObject

        batch = from_dict(
            {
                "id": "batch_1",
                "status": "expired",
                "endpoint": "/v1/chat/completions",
                "model": "m",
                "created_at": 1,
                "request_counts": {"completed": 1, "failed": 0, "total": 2},
                "results": None,
            },
            BatchObject,
        )
        return cls("Batch batch_1 ended expired", batch=batch)
    return cls("something failed")


@pytest.mark.parametrize("cls", ERROR_CLASSES, ids=lambda cls: cls.__name__)
def test_every_error_class_round_trips_without_the_key(cls: type[OpenRouterBaseError]) -> None:
    error = an_error(cls)
    pickled = pickle.dumps(error)
    assert KEY not in pickled
    assert pickle.loads(pickled).__class__ is error.__class__
    copy: Any = pickle.loads(pickled)
    assert str(copy) == str(error) and copy.message == error.message
    if isinstance(error, OpenRouterError):
        assert copy.status_code == error.status_code
        assert copy.headers == error.headers
        assert copy.body == error.body
        assert copy.retry_after_ms == error.retry_after_ms
        assert copy.raw_response is None
    if isinstance(error, DocumentedStatusError):
        assert copy.data == error.data
    if isinstance(error, StreamEventError):
        assert (copy.code, copy.data, copy.raw_response) == (error.code, error.data, None)
    if isinstance(error, HTTPClientError):
        assert "ConnectError" in str(copy.cause)
    if isinstance(error, SDKValidationError):
        assert copy.field == "model" and isinstance(copy.cause, TypeError)
    if isinstance(error, errors.PaginationError):
        assert copy.page == 2
    if isinstance(error, errors.ToolExecutionError):
        assert (copy.tool_name, copy.tool_call_id) == ("get_weather", "call_1")
        assert isinstance(copy.cause, LookupError) and copy.cause.__traceback__ is None
    if isinstance(error, errors.OutputValidationError):
        assert (copy.raw_text, copy.path, copy.problem) == (
            '{"city": 3}',
            "$.city",
            "expected a string",
        )
    if isinstance(error, errors.OutputRefusedError):
        assert copy.refusal == "I can't help with that."
    if isinstance(error, errors.BudgetExceededError):
        assert (copy.budget, copy.spent_usd, copy.spent_tokens) == (
            error.budget,
            1.25,
            900,
        )
    if isinstance(error, errors.BatchIncompleteError):
        assert (copy.batch, copy.status) == (error.batch, "expired")
    assert copy.partial_run is None


def test_the_partial_run_a_loop_attaches_travels_with_the_error() -> None:
    error = errors.OutputRefusedError("no")
    error.partial_run = {"steps": ["step 1"]}  # the loop attaches its ModelRun (any picklable)
    copy = pickle.loads(pickle.dumps(error))
    assert copy.partial_run == {"steps": ["step 1"]}
    assert errors.OpenRouterBaseError("x").partial_run is None


def echoing_401(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        401,
        json={"error": {"code": 401, "message": f"bad key {SECRET}"}, "user_id": SECRET},
        headers={"X-Echo": SECRET},
    )


def test_a_failure_from_a_call_round_trips_without_the_key() -> None:
    result = credits_get_credits(make_core(echoing_401))
    assert isinstance(result, Failure)
    pickled = pickle.dumps(result)
    assert KEY not in pickled
    copy = pickle.loads(pickled)
    assert isinstance(copy, Failure)
    error = copy.failure()
    assert isinstance(error, UnauthorizedResponseError)
    assert error.status_code == 401 and error.headers["x-echo"] == "[REDACTED]"
    assert error.data.error.message == "bad key [REDACTED]"


def test_models_requests_and_successes_round_trip() -> None:
    model = structure(
        {"data": {"total_credits": 1.5, "total_usage": 0.5, "new_field": [1]}, "top": "x"},
        CreditsGetCreditsResponse,
    )
    assert model.extra_fields == {"top": "x"} and model.data.extra_fields == {"new_field": [1]}
    request = coerce_request(
        {"model": "m", "messages": [{"role": "user", "content": "hi"}], "extra_fields": {"x": 1}},
        ChatSendRequest,
        CHAT_SEND.body,
    ).unwrap()
    for value in (model, request, CreditsGetCreditsRequest(app_title="app"), Success(model)):
        copy = pickle.loads(pickle.dumps(value))
        assert copy == value
    assert pickle.loads(pickle.dumps(model)).data.extra_fields == {"new_field": [1]}
    copy = pickle.loads(pickle.dumps(request))
    assert copy.body.extra_fields == {"x": 1}
    assert (
        copy.body.frequency_penalty is request.body.frequency_penalty
    )  # UNSET stays the one UNSET


def call_in_worker() -> Result[Any, Any]:
    """Runs in a worker process: a call whose server rejects (and echoes) the key."""
    return credits_get_credits(make_core(echoing_401))


def test_a_failure_crosses_a_process_pool() -> None:
    context = multiprocessing.get_context("spawn")  # no fork: other tests run threads
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        result = pool.submit(call_in_worker).result(timeout=60)
        again = pool.submit(call_in_worker).result(timeout=60)  # the pool still works
    for each in (result, again):
        assert isinstance(each, Failure)
        error = each.failure()
        assert isinstance(error, UnauthorizedResponseError)
        assert error.status_code == 401 and SECRET not in error.body
