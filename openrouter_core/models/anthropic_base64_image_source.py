# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicBase64ImageSource) by `python -m codegen`; do not edit.
"""The ``AnthropicBase64ImageSource`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicBase64ImageSource:
    """The ``AnthropicBase64ImageSource`` object."""

    data: str
    media_type: str
    """Known values: :class:`AnthropicImageMimeType`."""
    type: str = "base64"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
