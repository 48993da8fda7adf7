# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.computer_use_server_tool` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ComputerUseServerToolDict",
]


class ComputerUseServerToolDict(TypedDict, total=False):
    """The dict form of :class:`ComputerUseServerTool`."""

    display_height: Required[int]
    display_width: Required[int]
    environment: Required[Literal["windows", "mac", "linux", "ubuntu", "browser"] | str]
    type: Required[Literal["computer_use_preview"]]
