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


@attrs.frozen(kw_only=True)
class MessagesOutputConfigTaskBudget:
    """Task budget for an agentic turn."""

    remaining: int | Unset | None = UNSET
    total: int
    type: str = "tokens"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


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
