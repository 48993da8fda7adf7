"""Which operation a request is for, and how a caller may name one: shared by the test kit.

Faults target an operation by its id (``"getCredits"``), its function's name
(``"credits_get_credits"``) or the function itself; requests are matched to operations by
method and path template, on the paths of the documented server (below ``/api/v1``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from openrouter_core._generated.testing_examples import FUNCTIONS, OPERATION_IDS, example_for

__all__ = ["API_PREFIX", "OperationRef", "operation_ids_for", "operation_names", "resolve"]

#: The path of the versioned API below the server's origin.
API_PREFIX = "/api/v1"

#: An operation, as a caller may name it.
OperationRef = str | Callable[..., Any]


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    return re.compile("".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts) + "/?")


@functools.cache
def _routes() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    templates = {op: (example_for(op)["method"], example_for(op)["path"]) for op in OPERATION_IDS}
    # Literal segments beat placeholders: /videos/models before /videos/{jobId}.
    order = sorted(templates, key=lambda op: (templates[op][1].count("{"), templates[op][1]))
    return tuple((templates[op][0], _pattern(templates[op][1]), op) for op in order)


def operation_ids_for(method: str, path: str) -> tuple[str, ...]:
    """The operations answering ``method`` on ``path`` (a full URL path, ``/api/v1`` or not)."""
    if path.startswith(API_PREFIX):
        path = path[len(API_PREFIX) :] or "/"
    method = method.upper()
    return tuple(op for m, pattern, op in _routes() if m == method and pattern.fullmatch(path))


def operation_names(operation_id: str) -> frozenset[str]:
    """Every name that designates ``operation_id``: the id and its functions' names."""
    return frozenset((operation_id, *FUNCTIONS.get(operation_id, ())))


def resolve(operation: OperationRef) -> str:
    """The operation id of an id, a function name or a function (``_async`` twins included).

    Raises ValueError naming the operation when no operation has that name: a typo in a
    test's set-up should stop the test, not leave a fault that never fires.
    """
    name = operation if isinstance(operation, str) else getattr(operation, "__name__", "")
    name = name.removesuffix("_async")
    for operation_id in OPERATION_IDS:
        if name in operation_names(operation_id):
            return operation_id
    raise ValueError(f"No operation is called {operation!r}: give an operation id or function")
