# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenAIFileList) by `python -m codegen`; do not edit.
"""A page of files in OpenAI's shape."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.openai_file import OpenAIFile


@attrs.frozen(kw_only=True)
class OpenAIFileList:
    """A page of files in OpenAI's shape."""

    shape: str = attrs.field(default="openai", metadata={"wire": "_shape"})
    data: list[OpenAIFile]
    first_id: str | None
    has_more: bool
    last_id: str | None
    object: str = "list"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
