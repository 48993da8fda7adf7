# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.container_auto_environment` (keys as sent on the wire)."""

from __future__ import annotations

from typing import Literal, TypedDict

__all__ = [
    "ContainerAutoEnvironmentDict",
]


class ContainerAutoEnvironmentDict(TypedDict, total=False):
    """The dict form of :class:`ContainerAutoEnvironment`."""

    type: Literal["container_auto"]
