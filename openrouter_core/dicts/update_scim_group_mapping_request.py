# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.update_scim_group_mapping_request` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "UpdateScimGroupMappingRequestDict",
]


class UpdateScimGroupMappingRequestDict(TypedDict, total=False):
    """The dict form of :class:`UpdateScimGroupMappingRequest`."""

    role: Required[Literal["admin", "member"] | str]
