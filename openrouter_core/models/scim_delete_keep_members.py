# Generated from the OpenRouter OpenAPI spec (ScimDeleteKeepMembers) by `python -m codegen`; do not edit.
"""Required."""

from __future__ import annotations

from typing import Any, TypeAlias

from openrouter_core._codec.readers import register_union

ScimDeleteKeepMembers: TypeAlias = str | bool
"""Required."""


def _choose_scim_delete_keep_members(data: Any) -> Any:
    """The member of :data:`ScimDeleteKeepMembers` that ``data`` is, by its JSON type."""
    if isinstance(data, bool):
        return bool
    if isinstance(data, str):
        return str
    raise TypeError(
        f"ScimDeleteKeepMembers: expected a boolean or a string, got {type(data).__name__}"
    )


register_union(ScimDeleteKeepMembers, _choose_scim_delete_keep_members)
