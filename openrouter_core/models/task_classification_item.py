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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        category_token_share: float,
        category_usage_share: float,
        display_name: str,
        macro_category: str,
        models: list[TaskClassificationModel],
        tag: str,
        token_share: float,
        usage_share: float,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("category_token_share", category_token_share)
        _setattr("category_usage_share", category_usage_share)
        _setattr("display_name", display_name)
        _setattr("macro_category", macro_category)
        _setattr("models", models)
        _setattr("tag", tag)
        _setattr("token_share", token_share)
        _setattr("usage_share", usage_share)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"category_token_share={self.category_token_share!r}, "
            f"category_usage_share={self.category_usage_share!r}, "
            f"display_name={self.display_name!r}, "
            f"macro_category={self.macro_category!r}, "
            f"models={self.models!r}, "
            f"tag={self.tag!r}, "
            f"token_share={self.token_share!r}, "
            f"usage_share={self.usage_share!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.category_token_share,
            self.category_usage_share,
            self.display_name,
            self.macro_category,
            self.models,
            self.tag,
            self.token_share,
            self.usage_share,
            self.extra_fields,
        ) == (
            other.category_token_share,
            other.category_usage_share,
            other.display_name,
            other.macro_category,
            other.models,
            other.tag,
            other.token_share,
            other.usage_share,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "TaskClassificationItem",
                self.category_token_share,
                self.category_usage_share,
                self.display_name,
                self.macro_category,
                self.models,
                self.tag,
                self.token_share,
                self.usage_share,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
