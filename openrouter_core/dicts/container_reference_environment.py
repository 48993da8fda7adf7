# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.container_reference_environment` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ContainerReferenceEnvironmentDict",
]


class ContainerReferenceEnvironmentDict(TypedDict, total=False):
    """The dict form of :class:`ContainerReferenceEnvironment`."""

    container_id: Required[str]
    type: Required[Literal["container_reference"]]
