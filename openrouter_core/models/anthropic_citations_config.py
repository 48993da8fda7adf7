# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicCitationsConfig) by `python -m codegen`; do not edit.
"""The ``AnthropicCitationsConfig`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicCitationsConfig:
    """The ``AnthropicCitationsConfig`` object."""

    enabled: bool
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
