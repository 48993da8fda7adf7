# Generated from the OpenRouter OpenAPI spec (components/schemas/PresetStatus) by `python -m codegen`; do not edit.
"""The status of a preset."""

from __future__ import annotations

from typing import Final


class PresetStatus:
    """The status of a preset.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    ACTIVE: Final = "active"
    DISABLED: Final = "disabled"
    ARCHIVED: Final = "archived"
