# Generated from the OpenRouter OpenAPI spec (components/schemas/ServerToolOutputName) by `python -m codegen`; do not edit.
"""The ``ServerToolOutputName`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ServerToolOutputName:
    """The ``ServerToolOutputName`` object."""

    api_format: str
    """Known values: ``"responses"``, ``"chat-completions"``, ``"anthropic-messages"``."""
    type: str
    """Output item `type` on Responses, content block `type` on Anthropic Messages,
    `reasoning_details[].type` on Chat Completions.
    """
    name: str | None = None
    """Anthropic Messages `server_tool_use` block `name`, when the call surfaces as one."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        api_format: str,
        type: str,
        name: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("api_format", api_format)
        _setattr("type", type)
        _setattr("name", name)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"api_format={self.api_format!r}, "
            f"type={self.type!r}, "
            f"name={self.name!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.api_format, self.type, self.name, self.extra_fields) == (
            other.api_format,
            other.type,
            other.name,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("ServerToolOutputName", self.api_format, self.type, self.name, self.extra_fields)
        )

    # --- end of attrs methods ---
