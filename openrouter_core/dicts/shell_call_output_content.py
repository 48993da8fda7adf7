# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.shell_call_output_content` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ShellCallOutputContentDict",
    "ShellCallOutputContentOutcomeDict",
    "ShellCallOutputContentOutcomeExitDict",
    "ShellCallOutputContentOutcomeTimeoutDict",
]


class ShellCallOutputContentDict(TypedDict, total=False):
    """The dict form of :class:`ShellCallOutputContent`."""

    outcome: Required[ShellCallOutputContentOutcomeDict]
    stderr: Required[str]
    stdout: Required[str]


ShellCallOutputContentOutcomeDict: TypeAlias = (
    "ShellCallOutputContentOutcomeExitDict | ShellCallOutputContentOutcomeTimeoutDict"
)


class ShellCallOutputContentOutcomeExitDict(TypedDict, total=False):
    """The dict form of :class:`ShellCallOutputContentOutcomeExit`."""

    exit_code: Required[int]
    type: Required[Literal["exit"]]


class ShellCallOutputContentOutcomeTimeoutDict(TypedDict, total=False):
    """The dict form of :class:`ShellCallOutputContentOutcomeTimeout`."""

    type: Required[Literal["timeout"]]
