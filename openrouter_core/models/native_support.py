# Generated from the OpenRouter OpenAPI spec (components/schemas/NativeSupport) by `python -m codegen`; do not edit.
"""Endpoints whose provider runs this tool itself during inference."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.server_tool_native_model import ServerToolNativeModel


@attrs.frozen(kw_only=True)
class NativeSupport:
    """Endpoints whose provider runs this tool itself during inference."""

    endpoint_count: int
    model_count: int
    models: list[ServerToolNativeModel]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        endpoint_count: int,
        model_count: int,
        models: list[ServerToolNativeModel],
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("endpoint_count", endpoint_count)
        _setattr("model_count", model_count)
        _setattr("models", models)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"endpoint_count={self.endpoint_count!r}, "
            f"model_count={self.model_count!r}, "
            f"models={self.models!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.endpoint_count, self.model_count, self.models, self.extra_fields) == (
            other.endpoint_count,
            other.model_count,
            other.models,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("NativeSupport", self.endpoint_count, self.model_count, self.models, self.extra_fields)
        )

    # --- end of attrs methods ---
