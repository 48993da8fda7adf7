# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicInputTransformation) by `python -m codegen`; do not edit.
"""A server-side transformation Anthropic applied to the request input."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class AnthropicInputTransformation:
    """A server-side transformation Anthropic applied to the request input."""

    type: str
    path: str | Unset | None = UNSET
    reason: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
