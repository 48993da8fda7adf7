# Generated from the OpenRouter OpenAPI spec (components/schemas/SearchModelsServerTool_OpenRouter) by `python -m codegen`; do not edit.
"""OpenRouter built-in server tool: searches and filters AI models available on OpenRouter."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.search_models_server_tool_config import SearchModelsServerToolConfig


@attrs.frozen(kw_only=True)
class SearchModelsServerToolOpenRouter:
    """OpenRouter built-in server tool: searches and filters AI models available on OpenRouter."""

    parameters: SearchModelsServerToolConfig | None = None
    type: str = "openrouter:experimental__search_models"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        parameters: SearchModelsServerToolConfig | None = None,
        type: str = "openrouter:experimental__search_models",
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
        return hash(
            ("SearchModelsServerToolOpenRouter", self.parameters, self.type, self.extra_fields)
        )

    # --- end of attrs methods ---
