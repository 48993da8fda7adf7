# Generated from the OpenRouter OpenAPI spec (components/schemas/CodeInterpreterServerTool) by `python -m codegen`; do not edit.
"""Code interpreter tool configuration."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._converter import register_union
from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class CodeInterpreterServerToolContainerAuto:
    """One of the shapes of :class:`CodeInterpreterServerToolContainer`."""

    file_ids: list[str] | None = None
    memory_limit: str | Unset | None = UNSET
    """Known values: ``"1g"``, ``"4g"``, ``"16g"``, ``"64g"``."""
    type: str = "auto"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


CodeInterpreterServerToolContainer: TypeAlias = str | CodeInterpreterServerToolContainerAuto
"""The ``container`` of a :class:`CodeInterpreterServerTool`."""


def _choose_code_interpreter_server_tool_container(data: Any) -> Any:
    """The member of :data:`CodeInterpreterServerToolContainer` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, dict):
        return CodeInterpreterServerToolContainerAuto
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"CodeInterpreterServerToolContainer: expected a string or an object, got {type(data).__name__}"
    )


register_union(CodeInterpreterServerToolContainer, _choose_code_interpreter_server_tool_container)


@attrs.frozen(kw_only=True)
class CodeInterpreterServerTool:
    """Code interpreter tool configuration."""

    container: CodeInterpreterServerToolContainer
    type: str = "code_interpreter"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
