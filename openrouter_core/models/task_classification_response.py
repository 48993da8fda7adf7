# Generated from the OpenRouter OpenAPI spec (components/schemas/TaskClassificationResponse) by `python -m codegen`; do not edit.
"""The ``TaskClassificationResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.task_classification_item import TaskClassificationItem
    from openrouter_core.models.task_classification_macro_category import (
        TaskClassificationMacroCategory,
    )


@attrs.frozen(kw_only=True)
class TaskClassificationResponseData:
    """The ``data`` of a :class:`TaskClassificationResponse`."""

    as_of: str
    """UTC date (YYYY-MM-DD) of the window upper bound (yesterday)."""
    classifications: list[TaskClassificationItem]
    """Per-task classification market-share data, sorted by usage_share descending."""
    macro_categories: list[TaskClassificationMacroCategory]
    """Aggregate market-share data per macro-category (code, data, agent, general)."""
    window_days: int
    """Number of trailing days covered by this snapshot."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class TaskClassificationResponse:
    """The ``TaskClassificationResponse`` object."""

    data: TaskClassificationResponseData
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
