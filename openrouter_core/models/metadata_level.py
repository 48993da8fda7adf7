# Generated from the OpenRouter OpenAPI spec (components/schemas/MetadataLevel) by `python -m codegen`; do not edit.
"""Opt-in level for surfacing routing metadata on the response under `openrouter_metadata`."""

from __future__ import annotations

from typing import Final


class MetadataLevel:
    """Opt-in level for surfacing routing metadata on the response under `openrouter_metadata`.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    DISABLED: Final = "disabled"
    ENABLED: Final = "enabled"
