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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        allowed_api_key_hashes: list[str] | Unset | None = UNSET,
        allowed_models: list[str] | Unset | None = UNSET,
        allowed_user_ids: list[str] | Unset | None = UNSET,
        disabled: bool | None = None,
        is_fallback: bool | None = None,
        key: str,
        name: str | Unset | None = UNSET,
        provider: str,
        workspace_id: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("allowed_api_key_hashes", allowed_api_key_hashes)
        _setattr("allowed_models", allowed_models)
        _setattr("allowed_user_ids", allowed_user_ids)
        _setattr("disabled", disabled)
        _setattr("is_fallback", is_fallback)
        _setattr("key", key)
        _setattr("name", name)
        _setattr("provider", provider)
        _setattr("workspace_id", workspace_id)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"allowed_api_key_hashes={self.allowed_api_key_hashes!r}, "
            f"allowed_models={self.allowed_models!r}, "
            f"allowed_user_ids={self.allowed_user_ids!r}, "
            f"disabled={self.disabled!r}, "
            f"is_fallback={self.is_fallback!r}, "
            f"key={self.key!r}, "
            f"name={self.name!r}, "
            f"provider={self.provider!r}, "
            f"workspace_id={self.workspace_id!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.allowed_api_key_hashes,
            self.allowed_models,
            self.allowed_user_ids,
            self.disabled,
            self.is_fallback,
            self.key,
            self.name,
            self.provider,
            self.workspace_id,
            self.extra_fields,
        ) == (
            other.allowed_api_key_hashes,
            other.allowed_models,
            other.allowed_user_ids,
            other.disabled,
            other.is_fallback,
            other.key,
            other.name,
            other.provider,
            other.workspace_id,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "CreateBYOKKeyRequest",
                self.allowed_api_key_hashes,
                self.allowed_models,
                self.allowed_user_ids,
                self.disabled,
                self.is_fallback,
                self.key,
                self.name,
                self.provider,
                self.workspace_id,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
