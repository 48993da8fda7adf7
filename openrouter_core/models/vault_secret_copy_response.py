# Generated from the OpenRouter OpenAPI spec (components/schemas/VaultSecretCopyResponse) by `python -m codegen`; do not edit.
"""Metadata for the copies now stored in the intern scope, one entry per requested name."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.vault_secret import VaultSecret


@attrs.frozen(kw_only=True)
class VaultSecretCopyResponse:
    """Metadata for the copies now stored in the intern scope, one entry per requested name."""

    data: list[VaultSecret]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
