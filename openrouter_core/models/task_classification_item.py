# Generated from the OpenRouter OpenAPI spec (components/schemas/TaskClassificationItem) by `python -m codegen`; do not edit.
"""The ``TaskClassificationItem`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.task_classification_model import TaskClassificationModel


@attrs.frozen(kw_only=True)
class TaskClassificationItem:
    """The ``TaskClassificationItem`` object."""

    category_token_share: float
    """Fraction of this classification's token volume within its macro-category (0-1)."""
    category_usage_share: float
    """Fraction of this classification's usage within its macro-category (0-1)."""
    display_name: str
    """Human-readable label for the classification."""
    macro_category: str
    """Coarse grouping derived from the tag prefix: `code`, `data`, `agent`, or `general`."""
    models: list[TaskClassificationModel]
    """Top models for this classification by request volume, sorted descending."""
    tag: str
    """Classification tag identifier (e.g. `code:general_impl`, `agent:web_search`)."""
    token_share: float
    """Fraction of classified sampled token volume (prompt + completion) attributed to this
    classification (0-1).
    """
    usage_share: float
    """Fraction of classified sampled requests attributed to this classification (0-1)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
