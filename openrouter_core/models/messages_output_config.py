# Generated from the OpenRouter OpenAPI spec (components/schemas/MessagesOutputConfig) by `python -m codegen`; do not edit.
"""Configuration for controlling output behavior."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class MessagesOutputConfigFormat:
    """A schema to specify Claude's output format in responses."""

    schema: dict[str, Any]
    type: str = "json_schema"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        schema: dict[str, Any],
        type: str = "json_schema",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("schema", schema)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(schema={self.schema!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.schema, self.type, self.extra_fields) == (
            other.schema,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("MessagesOutputConfigFormat", self.schema, self.type, self.extra_fields))

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesOutputConfigTaskBudget:
    """Task budget for an agentic turn."""

    remaining: int | Unset | None = UNSET
    total: int
    type: str = "tokens"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        remaining: int | Unset | None = UNSET,
        total: int,
        type: str = "tokens",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("remaining", remaining)
        _setattr("total", total)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"remaining={self.remaining!r}, "
            f"total={self.total!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.remaining, self.total, self.type, self.extra_fields) == (
            other.remaining,
            other.total,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "MessagesOutputConfigTaskBudget",
                self.remaining,
                self.total,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class MessagesOutputConfig:
    """Configuration for controlling output behavior."""

    effort: str | Unset | None = UNSET
    """How much effort the model should put into its response. Known values: ``"low"``,
    ``"medium"``, ``"high"``, ``"xhigh"``, ``"max"``.
    """
    format: MessagesOutputConfigFormat | Unset | None = UNSET
    """A schema to specify Claude's output format in responses."""
    task_budget: MessagesOutputConfigTaskBudget | Unset | None = UNSET
    """Task budget for an agentic turn."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        effort: str | Unset | None = UNSET,
        format: MessagesOutputConfigFormat | Unset | None = UNSET,
        task_budget: MessagesOutputConfigTaskBudget | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("effort", effort)
        _setattr("format", format)
        _setattr("task_budget", task_budget)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"effort={self.effort!r}, "
            f"format={self.format!r}, "
            f"task_budget={self.task_budget!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.effort, self.format, self.task_budget, self.extra_fields) == (
            other.effort,
            other.format,
            other.task_budget,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("MessagesOutputConfig", self.effort, self.format, self.task_budget, self.extra_fields)
        )

    # --- end of attrs methods ---
