# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicCompactionBlock) by `python -m codegen`; do not edit.
"""The ``AnthropicCompactionBlock`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class AnthropicCompactionBlock:
    """The ``AnthropicCompactionBlock`` object."""

    content: str | None
    encrypted_content: str | Unset | None = UNSET
    type: str = "compaction"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
