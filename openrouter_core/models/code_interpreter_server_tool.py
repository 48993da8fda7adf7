# Generated from the OpenRouter OpenAPI spec (components/schemas/CodeInterpreterServerTool) by `python -m codegen`; do not edit.
"""Code interpreter tool configuration."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class CodeInterpreterServerToolContainerAuto:
    """One of the shapes of :class:`CodeInterpreterServerToolContainer`."""

    file_ids: list[str] | None = None
    memory_limit: str | Unset | None = UNSET
    """Known values: ``"1g"``, ``"4g"``, ``"16g"``, ``"64g"``."""
    type: str = "auto"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        file_ids: list[str] | None = None,
        memory_limit: str | Unset | None = UNSET,
        type: str = "auto",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("file_ids", file_ids)
        _setattr("memory_limit", memory_limit)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"file_ids={self.file_ids!r}, "
            f"memory_limit={self.memory_limit!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.file_ids, self.memory_limit, self.type, self.extra_fields) == (
            other.file_ids,
            other.memory_limit,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "CodeInterpreterServerToolContainerAuto",
                self.file_ids,
                self.memory_limit,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        container: CodeInterpreterServerToolContainer,
        type: str = "code_interpreter",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("container", container)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(container={self.container!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.container, self.type, self.extra_fields) == (
            other.container,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("CodeInterpreterServerTool", self.container, self.type, self.extra_fields))

    # --- end of attrs methods ---
