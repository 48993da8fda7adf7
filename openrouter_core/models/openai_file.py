# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenAIFile) by `python -m codegen`; do not edit.
"""A stored file in OpenAI's Files API shape."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OpenAIFile:
    """A stored file in OpenAI's Files API shape."""

    shape: str = attrs.field(default="openai", metadata={"wire": "_shape"})
    bytes_: int = attrs.field(metadata={"wire": "bytes"})
    created_at: int
    filename: str
    id: str
    object: str = "file"
    purpose: str
    """Known values: ``"assistants"``, ``"batch"``, ``"fine-tune"``, ``"vision"``, ``"user_data"``,
    ``"evals"``, ``"assistants_output"``, ``"batch_output"``, ``"fine-tune-results"``.
    """
    status: str = "processed"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
