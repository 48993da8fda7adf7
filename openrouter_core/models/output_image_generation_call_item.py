# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputImageGenerationCallItem) by `python -m codegen`; do not edit.
"""The ``OutputImageGenerationCallItem`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class OutputImageGenerationCallItem:
    """The ``OutputImageGenerationCallItem`` object."""

    id: str
    result: str | Unset | None = UNSET
    status: str
    """Known values: :class:`ImageGenerationStatus`."""
    type: str = "image_generation_call"
    prompt: str | None = None
    """The prompt (possibly rewritten) that the image was generated from."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
