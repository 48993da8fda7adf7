# Generated from the OpenRouter OpenAPI spec (components/schemas/CompactionItem) by `python -m codegen`; do not edit.
"""A context compaction marker with encrypted summary."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class CompactionItem:
    """A context compaction marker with encrypted summary."""

    encrypted_content: str
    id: str | Unset | None = UNSET
    type: str = "compaction"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
