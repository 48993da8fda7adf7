# Generated from the OpenRouter OpenAPI spec (components/schemas/ServerToolUseDetails) by `python -m codegen`; do not edit.
"""Usage for server-side tool execution (e.g., web search)."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ServerToolUseDetails:
    """Usage for server-side tool execution (e.g., web search)."""

    tool_calls_executed: int | Unset | None = UNSET
    """Number of OpenRouter server tool calls that executed and produced a result."""
    tool_calls_requested: int | Unset | None = UNSET
    """Total number of OpenRouter server-orchestrated tool calls the model requested, across all
    tool types.
    """
    web_search_requests: int | Unset | None = UNSET
    """Number of web searches performed by server-side tools."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        tool_calls_executed: int | Unset | None = UNSET,
        tool_calls_requested: int | Unset | None = UNSET,
        web_search_requests: int | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("tool_calls_executed", tool_calls_executed)
        _setattr("tool_calls_requested", tool_calls_requested)
        _setattr("web_search_requests", web_search_requests)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"tool_calls_executed={self.tool_calls_executed!r}, "
            f"tool_calls_requested={self.tool_calls_requested!r}, "
            f"web_search_requests={self.web_search_requests!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.tool_calls_executed,
            self.tool_calls_requested,
            self.web_search_requests,
            self.extra_fields,
        ) == (
            other.tool_calls_executed,
            other.tool_calls_requested,
            other.web_search_requests,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ServerToolUseDetails",
                self.tool_calls_executed,
                self.tool_calls_requested,
                self.web_search_requests,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
