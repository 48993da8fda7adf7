# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.scim_delete_keep_members` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "ScimDeleteKeepMembersDict",
]

ScimDeleteKeepMembersDict: TypeAlias = "str | bool"
