# Generated from the OpenRouter OpenAPI spec (components/schemas/ContainerFile) by `python -m codegen`; do not edit.
"""The ``ContainerFile`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ContainerFile:
    """The ``ContainerFile`` object."""

    bytes_: int = attrs.field(metadata={"wire": "bytes"})
    """File size in bytes."""
    container_id: str
    """The container the file belongs to — echoes the `container_id` path parameter (OpenAI field
    name).
    """
    created_at: int
    """Unix timestamp (seconds) when the file was last synced."""
    id: str
    """Container file id: `cfile_` + base64url of the file path."""
    object: str = "container.file"
    path: str
    """Container-relative file path."""
    source: str = "assistant"
    """Container files are always produced by the assistant sandbox."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
