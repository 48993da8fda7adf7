# Generated from the OpenRouter OpenAPI spec (components/schemas/VaultSecretListResponse) by `python -m codegen`; do not edit.
"""One page of secret metadata for the selected scope."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.vault_secret import VaultSecret


@attrs.frozen(kw_only=True)
class VaultSecretListResponse:
    """One page of secret metadata for the selected scope."""

    data: list[VaultSecret]
    has_more: bool
    """True when more secrets exist beyond this page."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
