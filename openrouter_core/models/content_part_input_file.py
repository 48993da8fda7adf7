# Generated from the OpenRouter OpenAPI spec (components/schemas/ContentPartInputFile) by `python -m codegen`; do not edit.
"""The ``ContentPartInputFile`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.multimodal_media import MultimodalMedia


@attrs.frozen(kw_only=True)
class ContentPartInputFile:
    """The ``ContentPartInputFile`` object."""

    input_file: MultimodalMedia
    type: str = "input_file"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
