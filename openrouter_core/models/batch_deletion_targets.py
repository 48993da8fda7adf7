# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchDeletionTargets) by `python -m codegen`; do not edit.
"""OpenRouter cleanup and, when a provider was assigned, the upstream batch deletion outcome."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.upstream import Upstream


@attrs.frozen(kw_only=True)
class BatchDeletionTargets:
    """OpenRouter cleanup and, when a provider was assigned, the upstream batch deletion outcome."""

    openrouter: str = "deleted"
    """OpenRouter-held request and result artifacts were purged."""
    upstream: Upstream | None = None
    """The upstream batch deletion outcome; omitted when no provider was assigned."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
