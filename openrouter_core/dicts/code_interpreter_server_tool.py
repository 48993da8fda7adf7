# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.code_interpreter_server_tool` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "CodeInterpreterServerToolContainerAutoDict",
    "CodeInterpreterServerToolContainerDict",
    "CodeInterpreterServerToolDict",
]


class CodeInterpreterServerToolDict(TypedDict, total=False):
    """The dict form of :class:`CodeInterpreterServerTool`."""

    container: Required[CodeInterpreterServerToolContainerDict]
    type: Required[Literal["code_interpreter"]]


CodeInterpreterServerToolContainerDict: TypeAlias = (
    "str | CodeInterpreterServerToolContainerAutoDict"
)


class CodeInterpreterServerToolContainerAutoDict(TypedDict, total=False):
    """The dict form of :class:`CodeInterpreterServerToolContainerAuto`."""

    file_ids: list[str] | None
    memory_limit: Literal["1g", "4g", "16g", "64g"] | str | None
    type: Required[Literal["auto"]]
