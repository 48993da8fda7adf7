# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatDebugOptions) by `python -m codegen`; do not edit.
"""Debug options for inspecting request transformations (streaming only)."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ChatDebugOptions:
    """Debug options for inspecting request transformations (streaming only)."""

    echo_upstream_body: bool | None = None
    """If true, includes the transformed upstream request body in a debug chunk at the start of the
    stream.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
