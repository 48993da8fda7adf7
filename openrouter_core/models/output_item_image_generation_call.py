# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputItemImageGenerationCall) by `python -m codegen`; do not edit.
"""The ``OutputItemImageGenerationCall`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class OutputItemImageGenerationCall:
    """The ``OutputItemImageGenerationCall`` object."""

    id: str
    result: str | Unset | None = UNSET
    status: str
    """Known values: :class:`ImageGenerationStatus`."""
    type: str = "image_generation_call"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
