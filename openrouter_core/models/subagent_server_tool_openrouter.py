# Generated from the OpenRouter OpenAPI spec (components/schemas/SubagentServerTool_OpenRouter) by `python -m codegen`; do not edit.
"""OpenRouter built-in server tool: delegates self-contained tasks to a smaller, cheaper, faster
worker model (any OpenRouter model) mid-generation and returns its outcome.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.subagent_server_tool_config import SubagentServerToolConfig


@attrs.frozen(kw_only=True)
class SubagentServerToolOpenRouter:
    """OpenRouter built-in server tool: delegates self-contained tasks to a smaller, cheaper, faster
    worker model (any OpenRouter model) mid-generation and returns its outcome.
    """

    parameters: SubagentServerToolConfig | None = None
    type: str = "openrouter:subagent"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        parameters: SubagentServerToolConfig | None = None,
        type: str = "openrouter:subagent",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("parameters", parameters)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(parameters={self.parameters!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.parameters, self.type, self.extra_fields) == (
            other.parameters,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("SubagentServerToolOpenRouter", self.parameters, self.type, self.extra_fields))

    # --- end of attrs methods ---
