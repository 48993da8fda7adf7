# Generated from the OpenRouter OpenAPI spec (components/schemas/ModerationPlugin) by `python -m codegen`; do not edit.
"""The ``ModerationPlugin`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ModerationPlugin:
    """The ``ModerationPlugin`` object."""

    id: str = "moderation"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
