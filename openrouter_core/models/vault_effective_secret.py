# Generated from the OpenRouter OpenAPI spec (components/schemas/VaultEffectiveSecret) by `python -m codegen`; do not edit.
"""Metadata for the one secret the intern's outbound requests receive under this name."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class VaultEffectiveSecret:
    """Metadata for the one secret the intern's outbound requests receive under this name."""

    created_at: datetime
    fingerprint: str | None
    hosts: list[str] | None
    name: str
    scope: str
    """Where the delivered secret is stored: `intern` for the intern's own vault, `attached` for a
    vault attached to the intern, `workspace` for the workspace vault. Known values:
    ``"intern"``, ``"attached"``, ``"workspace"``.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
