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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        as_of: str,
        classifications: list[TaskClassificationItem],
        macro_categories: list[TaskClassificationMacroCategory],
        window_days: int,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("as_of", as_of)
        _setattr("classifications", classifications)
        _setattr("macro_categories", macro_categories)
        _setattr("window_days", window_days)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"as_of={self.as_of!r}, "
            f"classifications={self.classifications!r}, "
            f"macro_categories={self.macro_categories!r}, "
            f"window_days={self.window_days!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.as_of,
            self.classifications,
            self.macro_categories,
            self.window_days,
            self.extra_fields,
        ) == (
            other.as_of,
            other.classifications,
            other.macro_categories,
            other.window_days,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "TaskClassificationResponseData",
                self.as_of,
                self.classifications,
                self.macro_categories,
                self.window_days,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class TaskClassificationResponse:
    """The ``TaskClassificationResponse`` object."""

    data: TaskClassificationResponseData
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: TaskClassificationResponseData,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("data", data)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(data={self.data!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.data, self.extra_fields) == (other.data, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("TaskClassificationResponse", self.data, self.extra_fields))

    # --- end of attrs methods ---
