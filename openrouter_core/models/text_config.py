# Generated from the OpenRouter OpenAPI spec (components/schemas/TextConfig) by `python -m codegen`; do not edit.
"""Text output configuration including format and verbosity."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.formats import Formats


@attrs.frozen(kw_only=True)
class TextConfig:
    """Text output configuration including format and verbosity."""

    format: Formats | None = None
    verbosity: str | Unset | None = UNSET
    """Known values: ``"high"``, ``"low"``, ``"medium"``."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
