# Generated from the OpenRouter OpenAPI spec (components/schemas/SubagentReasoning) by `python -m codegen`; do not edit.
"""Reasoning configuration forwarded to the subagent call."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class SubagentReasoning:
    """Reasoning configuration forwarded to the subagent call."""

    effort: str | None = None
    """Reasoning effort level for the subagent call. Known values: ``"max"``, ``"xhigh"``,
    ``"high"``, ``"medium"``, ``"low"``, ``"minimal"``, ``"none"``.
    """
    max_tokens: int | None = None
    """Maximum number of reasoning tokens the subagent may use."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        effort: str | None = None,
        max_tokens: int | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("effort", effort)
        _setattr("max_tokens", max_tokens)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}(effort={self.effort!r}, max_tokens={self.max_tokens!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.effort, self.max_tokens, self.extra_fields) == (
            other.effort,
            other.max_tokens,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("SubagentReasoning", self.effort, self.max_tokens, self.extra_fields))

    # --- end of attrs methods ---
