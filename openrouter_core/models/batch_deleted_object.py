# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchDeletedObject) by `python -m codegen`; do not edit.
"""Confirms a terminal batch was removed from the API and its OpenRouter-held artifacts purged."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.batch_deletion_targets import BatchDeletionTargets


@attrs.frozen(kw_only=True)
class BatchDeletedObject:
    """Confirms a terminal batch was removed from the API and its OpenRouter-held artifacts purged."""

    deletion: BatchDeletionTargets
    """OpenRouter cleanup and, when a provider was assigned, the upstream batch deletion outcome."""
    id: str
    object: str = "batch"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
