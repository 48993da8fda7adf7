# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicToolSearchResult) by `python -m codegen`; do not edit.
"""The ``AnthropicToolSearchResult`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_tool_reference import AnthropicToolReference


@attrs.frozen(kw_only=True)
class AnthropicToolSearchResult:
    """The ``AnthropicToolSearchResult`` object."""

    tool_references: list[AnthropicToolReference]
    type: str = "tool_search_tool_search_result"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        tool_references: list[AnthropicToolReference],
        type: str = "tool_search_tool_search_result",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("tool_references", tool_references)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"tool_references={self.tool_references!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.tool_references, self.type, self.extra_fields) == (
            other.tool_references,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("AnthropicToolSearchResult", self.tool_references, self.type, self.extra_fields)
        )

    # --- end of attrs methods ---
