# Generated from the OpenRouter OpenAPI spec (components/schemas/VaultSecret) by `python -m codegen`; do not edit.
"""Metadata for one stored secret."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class VaultSecret:
    """Metadata for one stored secret."""

    created_at: datetime
    fingerprint: str | None
    hosts: list[str] | None
    name: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
