# Generated from the OpenRouter OpenAPI spec (components/schemas/ContextCompactionItem) by `python -m codegen`; do not edit.
"""A context compaction marker with an optional encrypted summary."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ContextCompactionItem:
    """A context compaction marker with an optional encrypted summary."""

    encrypted_content: str | Unset | None = UNSET
    id: str | Unset | None = UNSET
    type: str = "context_compaction"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
