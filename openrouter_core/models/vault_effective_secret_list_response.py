# Generated from the OpenRouter OpenAPI spec (components/schemas/VaultEffectiveSecretListResponse) by `python -m codegen`; do not edit.
"""One page of the secrets an intern receives, one entry per name."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.vault_effective_secret import VaultEffectiveSecret


@attrs.frozen(kw_only=True)
class VaultEffectiveSecretListResponse:
    """One page of the secrets an intern receives, one entry per name."""

    data: list[VaultEffectiveSecret]
    has_more: bool
    """True when more secrets exist beyond this page."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
