# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageGenerationServerToolConfig) by `python -m codegen`; do not edit.
"""Configuration for the openrouter:image_generation server tool."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ImageGenerationServerToolConfig:
    """Configuration for the openrouter:image_generation server tool."""

    model: str | None = None
    """Which image generation model to use (e.g. "openai/gpt-5-image")."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        model: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("model", model)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(model={self.model!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.model, self.extra_fields) == (other.model, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("ImageGenerationServerToolConfig", self.model, self.extra_fields))

    # --- end of attrs methods ---
