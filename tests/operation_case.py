"""What the spec says about one function call: the row type of the generated case tables.

``python -m codegen`` writes one table per API area (``tests/generated/cases_<area>.py``);
:mod:`tests.test_documented_operations` runs the same checks over every row.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class Case:
    """One function and what the spec says about it."""

    function: str
    operation_id: str
    #: The request, with wire keys, built from the spec's examples (or required fields).
    request: dict[str, Any]
    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    #: The JSON body (or form fields) expected on the wire; None when there is no body.
    body: Any
    body_kind: str | None
    #: File fields of a multipart body → the file name sent.
    files: dict[str, str]
    #: The success type's name (``"bytes"`` for raw bodies).
    response: str
    #: Documented error status → error class name.
    errors: dict[int, str]
    #: Status → body model name, where an error's body is not its class's usual one.
    error_bodies: dict[int, str | None] = attrs.field(factory=dict)
    #: For streaming operations: how many events the stand-in's example stream carries.
    events: int | None = None
    upload: bool = False

    @property
    def id(self) -> str:
        return self.function + ("-upload" if self.upload else "")

    def module(self) -> Any:
        return importlib.import_module(f"openrouter_funcs.{self.function}")

    def call(self, name: str | None = None) -> Callable[..., Any]:
        function: Callable[..., Any] = getattr(self.module(), name or self.function)
        return function
