# Generated from the OpenRouter OpenAPI spec (components/schemas/VaultSecretResponse) by `python -m codegen`; do not edit.
"""Metadata for the stored secret."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.vault_secret import VaultSecret


@attrs.frozen(kw_only=True)
class VaultSecretResponse:
    """Metadata for the stored secret."""

    data: VaultSecret
    """Metadata for one stored secret."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
