# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.bash_server_tool` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.bash_server_tool_config import BashServerToolConfigDict

__all__ = [
    "BashServerToolDict",
]


class BashServerToolDict(TypedDict, total=False):
    """The dict form of :class:`BashServerTool`."""

    parameters: BashServerToolConfigDict | None
    type: Required[Literal["openrouter:bash"]]
