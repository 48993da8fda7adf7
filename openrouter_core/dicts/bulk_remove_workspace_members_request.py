# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.bulk_remove_workspace_members_request` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "BulkRemoveWorkspaceMembersRequestDict",
]


class BulkRemoveWorkspaceMembersRequestDict(TypedDict, total=False):
    """The dict form of :class:`BulkRemoveWorkspaceMembersRequest`."""

    user_ids: Required[list[str]]
