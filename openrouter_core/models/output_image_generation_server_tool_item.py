# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputImageGenerationServerToolItem) by `python -m codegen`; do not edit.
"""An openrouter:image_generation server tool output item."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class OutputImageGenerationServerToolItem:
    """An openrouter:image_generation server tool output item."""

    id: str | None = None
    image_b64: str | None = attrs.field(default=None, metadata={"wire": "imageB64"})
    image_url: str | None = attrs.field(default=None, metadata={"wire": "imageUrl"})
    prompt: str | None = None
    """The prompt (possibly rewritten) that the image was generated from."""
    result: str | Unset | None = UNSET
    """The generated image as a base64-encoded string or URL, matching OpenAI image_generation_call
    format.
    """
    revised_prompt: str | None = attrs.field(default=None, metadata={"wire": "revisedPrompt"})
    status: str
    """Known values: :class:`ToolCallStatus`."""
    type: str = "openrouter:image_generation"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        id: str | None = None,
        image_b64: str | None = None,
        image_url: str | None = None,
        prompt: str | None = None,
        result: str | Unset | None = UNSET,
        revised_prompt: str | None = None,
        status: str,
        type: str = "openrouter:image_generation",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("id", id)
        _setattr("image_b64", image_b64)
        _setattr("image_url", image_url)
        _setattr("prompt", prompt)
        _setattr("result", result)
        _setattr("revised_prompt", revised_prompt)
        _setattr("status", status)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"id={self.id!r}, "
            f"image_b64={self.image_b64!r}, "
            f"image_url={self.image_url!r}, "
            f"prompt={self.prompt!r}, "
            f"result={self.result!r}, "
            f"revised_prompt={self.revised_prompt!r}, "
            f"status={self.status!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.id,
            self.image_b64,
            self.image_url,
            self.prompt,
            self.result,
            self.revised_prompt,
            self.status,
            self.type,
            self.extra_fields,
        ) == (
            other.id,
            other.image_b64,
            other.image_url,
            other.prompt,
            other.result,
            other.revised_prompt,
            other.status,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputImageGenerationServerToolItem",
                self.id,
                self.image_b64,
                self.image_url,
                self.prompt,
                self.result,
                self.revised_prompt,
                self.status,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
