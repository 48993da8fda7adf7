# Generated from the OpenRouter OpenAPI spec (components/schemas/BYOKKey) by `python -m codegen`; do not edit.
"""The ``BYOKKey`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class BYOKKey:
    """The ``BYOKKey`` object."""

    allowed_api_key_hashes: list[str] | None
    """Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) that may use this
    credential.
    """
    allowed_models: list[str] | None
    """Optional allowlist of model slugs this credential may be used for."""
    allowed_user_ids: list[str] | None
    """Optional allowlist of user IDs that may use this credential."""
    created_at: str
    """ISO timestamp of when the credential was created."""
    disabled: bool
    """Whether this credential is currently disabled."""
    id: str
    """Stable public identifier for this BYOK credential."""
    is_fallback: bool
    """Whether this credential is treated as a fallback — used only after non-fallback keys for the
    same provider have been tried.
    """
    label: str
    """Short masked snippet of the key (e.g. the first/last few characters) used to identify it in
    the UI.
    """
    name: str | Unset | None = UNSET
    """Optional human-readable name for the credential."""
    provider: str
    """The upstream provider this credential authenticates against, as a lowercase slug (e.g.
    `openai`, `anthropic`, `amazon-bedrock`). Known values: :class:`BYOKProviderSlug`.
    """
    sort_order: int
    """Position within the provider — credentials are tried in ascending sort order."""
    workspace_id: str | None
    """The workspace this credential is scoped to, or `null` when it is global — usable across every
    workspace in the account.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
