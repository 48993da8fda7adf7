# Generated from the OpenRouter OpenAPI spec (components/schemas/CreateBYOKKeyRequest) by `python -m codegen`; do not edit.
"""The ``CreateBYOKKeyRequest`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class CreateBYOKKeyRequest:
    """The ``CreateBYOKKeyRequest`` object."""

    allowed_api_key_hashes: list[str] | Unset | None = UNSET
    """Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) that may use this
    credential.
    """
    allowed_models: list[str] | Unset | None = UNSET
    """Optional allowlist of model slugs this credential may be used for."""
    allowed_user_ids: list[str] | Unset | None = UNSET
    """Optional allowlist of user IDs that may use this credential."""
    disabled: bool | None = None
    """Whether this credential should be created in a disabled state."""
    is_fallback: bool | None = None
    """Whether this credential is treated as a fallback — used only after non-fallback keys for the
    same provider have been tried.
    """
    key: str
    """The raw provider API key or credential."""
    name: str | Unset | None = UNSET
    """Optional human-readable name for the credential."""
    provider: str
    """The upstream provider this credential authenticates against, as a lowercase slug (e.g.
    `openai`, `anthropic`, `amazon-bedrock`). Known values: :class:`BYOKProviderSlug`.
    """
    workspace_id: str | None = None
    """Optional workspace ID to scope the credential to."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
