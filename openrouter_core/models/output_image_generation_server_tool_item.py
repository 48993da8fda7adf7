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
