"""The ``POST /batches`` body for ``submit_batch``: the caller's requests as checked lines."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs
from returns.result import Failure, Result, Success

from openrouter_core import to_dict
from openrouter_core.errors import OpenRouterBaseError, SDKValidationError
from openrouter_funcs.run_many import Job

__all__ = ["submit_request"]


def submit_request(
    requests: Iterable[Any],
    endpoint: str,
    model: str | None,
    completion_window: str | None,
    callback_url: str | None,
) -> Result[dict[str, Any], OpenRouterBaseError]:
    """The ``POST /batches`` request for ``requests``, or what is wrong with them."""
    if isinstance(requests, (str, bytes, Mapping)) or not isinstance(requests, Iterable):
        return Failure(
            SDKValidationError(
                "submit_batch takes an iterable of Job(custom_id, body) or "
                f"{{'custom_id': ..., 'body': ...}} items, not {type(requests).__name__}",
                field="requests",
            )
        )
    read = _lines(requests)
    if isinstance(read, Failure):
        return read
    lines = read.unwrap()
    if not lines:
        return Failure(SDKValidationError("a batch needs at least one request", field="requests"))
    if model is None:
        models = {line["body"].get("model") for line in lines}
        if len(models) != 1 or not isinstance(next(iter(models)), str):
            return Failure(
                SDKValidationError(
                    "pass model=...: a batch runs one model, and the requests' bodies name "
                    f"{sorted(map(repr, models))}",
                    field="model",
                )
            )
        model = next(iter(models))
    request: dict[str, Any] = {"endpoint": endpoint, "model": model, "requests": lines}
    if completion_window is not None:
        request["completion_window"] = completion_window
    if callback_url is not None:
        request["callback_url"] = callback_url
    return Success(request)


def _lines(requests: Iterable[Any]) -> Result[list[dict[str, Any]], SDKValidationError]:
    """The batch's request lines, or the first item that cannot be one."""
    lines: list[dict[str, Any]] = []
    seen: set[str] = set()
    try:
        for index, item in enumerate(requests):
            line = _line(index, item, seen)
            if isinstance(line, Failure):
                return line
            seen.add(line.unwrap()["custom_id"])
            lines.append(line.unwrap())
    except Exception as error:  # the caller's iterable raised while being read
        return Failure(
            SDKValidationError(
                f"reading the requests raised {type(error).__name__}: {error}",
                field="requests",
                cause=error,
            )
        )
    return Success(lines)


def _line(index: int, item: Any, seen: set[str]) -> Result[dict[str, Any], SDKValidationError]:
    """One request line ``{"custom_id", "body"}``, or what is wrong with ``requests[index]``."""
    if isinstance(item, Job):
        custom_id, body = item.id, item.request
    elif isinstance(item, Mapping) and set(item) >= {"custom_id", "body"}:
        custom_id, body = item["custom_id"], item["body"]
    else:
        return Failure(
            SDKValidationError(
                f"requests[{index}] is a {type(item).__name__}; give a Job(custom_id, "
                "body) or a dict with 'custom_id' and 'body'",
                field=f"requests[{index}]",
            )
        )
    if not isinstance(custom_id, str) or not custom_id:
        return Failure(
            SDKValidationError(
                f"requests[{index}]'s custom_id must be a non-empty str, not {custom_id!r}",
                field=f"requests[{index}].custom_id",
            )
        )
    if custom_id in seen:
        return Failure(
            SDKValidationError(
                f"custom_id {custom_id!r} is given twice (again at requests[{index}]); "
                "each request's results are keyed by it, so it must be unique",
                field=f"requests[{index}].custom_id",
            )
        )
    if attrs.has(type(body)):
        body = to_dict(body)
    if not isinstance(body, Mapping):
        return Failure(
            SDKValidationError(
                f"requests[{index}]'s body must be a dict or a request model, not "
                f"{type(body).__name__}",
                field=f"requests[{index}].body",
            )
        )
    return Success({"custom_id": custom_id, "body": dict(body)})
