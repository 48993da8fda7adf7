# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.bash_server_tool_environment` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from openrouter_core.dicts.container_auto_environment import ContainerAutoEnvironmentDict
    from openrouter_core.dicts.container_reference_environment import (
        ContainerReferenceEnvironmentDict,
    )

__all__ = [
    "BashServerToolEnvironmentDict",
]

BashServerToolEnvironmentDict: TypeAlias = (
    "ContainerAutoEnvironmentDict | ContainerReferenceEnvironmentDict"
)
