# Generated from the OpenRouter OpenAPI spec (DeleteScimGroupMappingKeepMembers) by `python -m codegen`; do not edit.
"""Required."""

from __future__ import annotations

from typing import Any, TypeAlias

from openrouter_core._converter import register_union

DeleteScimGroupMappingKeepMembers: TypeAlias = str | bool
"""Required."""


def _choose_delete_scim_group_mapping_keep_members(data: Any) -> Any:
    """The member of :data:`DeleteScimGroupMappingKeepMembers` that ``data`` is, by its JSON type."""
    if isinstance(data, bool):
        return bool
    if isinstance(data, str):
        return str
    raise TypeError(
        f"DeleteScimGroupMappingKeepMembers: expected a boolean or a string, got {type(data).__name__}"
    )


register_union(DeleteScimGroupMappingKeepMembers, _choose_delete_scim_group_mapping_keep_members)
