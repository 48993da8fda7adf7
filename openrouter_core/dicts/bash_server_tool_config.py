# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.bash_server_tool_config` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from openrouter_core.dicts.bash_server_tool_environment import BashServerToolEnvironmentDict

__all__ = [
    "BashServerToolConfigDict",
]


class BashServerToolConfigDict(TypedDict, total=False):
    """The dict form of :class:`BashServerToolConfig`."""

    engine: Literal["auto", "native", "openrouter"] | str | None
    environment: BashServerToolEnvironmentDict | None
    sleep_after_seconds: int | None
