# Generated from the OpenRouter OpenAPI spec (components/schemas/UpdateBYOKKeyRequest) by `python -m codegen`; do not edit.
"""The ``UpdateBYOKKeyRequest`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class UpdateBYOKKeyRequest:
    """The ``UpdateBYOKKeyRequest`` object."""

    allowed_api_key_hashes: list[str] | Unset | None = UNSET
    """Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) that may use this
    credential.
    """
    allowed_models: list[str] | Unset | None = UNSET
    """Optional allowlist of model slugs this credential may be used for."""
    allowed_user_ids: list[str] | Unset | None = UNSET
    """Optional allowlist of user IDs that may use this credential."""
    disabled: bool | None = None
    """Whether this credential is disabled."""
    is_fallback: bool | None = None
    """Whether this credential is treated as a fallback — used only after non-fallback keys for the
    same provider have been tried.
    """
    key: str | None = None
    """A new raw provider API key to rotate the credential in-place."""
    name: str | Unset | None = UNSET
    """Optional human-readable name for the credential."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
