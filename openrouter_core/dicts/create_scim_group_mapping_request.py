# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.create_scim_group_mapping_request` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "CreateScimGroupMappingRequestDict",
]


class CreateScimGroupMappingRequestDict(TypedDict, total=False):
    """The dict form of :class:`CreateScimGroupMappingRequest`."""

    role: Required[Literal["admin", "member"] | str]
    scim_group_id: Required[str]
    workspace_id: Required[str]
