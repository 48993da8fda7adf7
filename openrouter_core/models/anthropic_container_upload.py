# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicContainerUpload) by `python -m codegen`; do not edit.
"""The ``AnthropicContainerUpload`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicContainerUpload:
    """The ``AnthropicContainerUpload`` object."""

    file_id: str
    type: str = "container_upload"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
