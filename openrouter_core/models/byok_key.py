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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        allowed_api_key_hashes: list[str] | None,
        allowed_models: list[str] | None,
        allowed_user_ids: list[str] | None,
        created_at: str,
        disabled: bool,
        id: str,
        is_fallback: bool,
        label: str,
        name: str | Unset | None = UNSET,
        provider: str,
        sort_order: int,
        workspace_id: str | None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("allowed_api_key_hashes", allowed_api_key_hashes)
        _setattr("allowed_models", allowed_models)
        _setattr("allowed_user_ids", allowed_user_ids)
        _setattr("created_at", created_at)
        _setattr("disabled", disabled)
        _setattr("id", id)
        _setattr("is_fallback", is_fallback)
        _setattr("label", label)
        _setattr("name", name)
        _setattr("provider", provider)
        _setattr("sort_order", sort_order)
        _setattr("workspace_id", workspace_id)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"allowed_api_key_hashes={self.allowed_api_key_hashes!r}, "
            f"allowed_models={self.allowed_models!r}, "
            f"allowed_user_ids={self.allowed_user_ids!r}, "
            f"created_at={self.created_at!r}, "
            f"disabled={self.disabled!r}, "
            f"id={self.id!r}, "
            f"is_fallback={self.is_fallback!r}, "
            f"label={self.label!r}, "
            f"name={self.name!r}, "
            f"provider={self.provider!r}, "
            f"sort_order={self.sort_order!r}, "
            f"workspace_id={self.workspace_id!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.allowed_api_key_hashes,
            self.allowed_models,
            self.allowed_user_ids,
            self.created_at,
            self.disabled,
            self.id,
            self.is_fallback,
            self.label,
            self.name,
            self.provider,
            self.sort_order,
            self.workspace_id,
            self.extra_fields,
        ) == (
            other.allowed_api_key_hashes,
            other.allowed_models,
            other.allowed_user_ids,
            other.created_at,
            other.disabled,
            other.id,
            other.is_fallback,
            other.label,
            other.name,
            other.provider,
            other.sort_order,
            other.workspace_id,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "BYOKKey",
                self.allowed_api_key_hashes,
                self.allowed_models,
                self.allowed_user_ids,
                self.created_at,
                self.disabled,
                self.id,
                self.is_fallback,
                self.label,
                self.name,
                self.provider,
                self.sort_order,
                self.workspace_id,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
