# Generated from the OpenRouter OpenAPI spec (components/schemas/Legacy_ChatContentVideoInput) by `python -m codegen`; do not edit.
"""Video input object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class LegacyChatContentVideoInput:
    """Video input object."""

    url: str
    """URL of the video (data: URLs supported)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
