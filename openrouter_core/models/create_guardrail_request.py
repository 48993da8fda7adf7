# Generated from the OpenRouter OpenAPI spec (components/schemas/CreateGuardrailRequest) by `python -m codegen`; do not edit.
"""The ``CreateGuardrailRequest`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.content_filter_builtin_entry_input import (
        ContentFilterBuiltinEntryInput,
    )
    from openrouter_core.models.content_filter_entry import ContentFilterEntry


@attrs.frozen(kw_only=True)
class CreateGuardrailRequest:
    """The ``CreateGuardrailRequest`` object."""

    allowed_models: list[str] | Unset | None = UNSET
    """Array of model identifiers (slug or canonical_slug accepted)."""
    allowed_providers: list[str] | Unset | None = UNSET
    """List of allowed provider IDs."""
    content_filter_builtins: list[ContentFilterBuiltinEntryInput] | Unset | None = UNSET
    """Builtin content filters to apply."""
    content_filters: list[ContentFilterEntry] | Unset | None = UNSET
    """Custom regex content filters to apply to request messages."""
    description: str | Unset | None = UNSET
    """Description of the guardrail."""
    enable_free_model_publication: bool | Unset | None = UNSET
    """Whether this guardrail allows free endpoints that publish prompts."""
    enable_free_model_training: bool | Unset | None = UNSET
    """Whether this guardrail allows free endpoints that train on request data."""
    enable_paid_model_training: bool | Unset | None = UNSET
    """Whether this guardrail allows paid endpoints that train on request data."""
    enforce_zdr: bool | Unset | None = UNSET
    """Deprecated. Deprecated."""
    enforce_zdr_anthropic: bool | Unset | None = UNSET
    """Whether to enforce zero data retention for Anthropic models."""
    enforce_zdr_google: bool | Unset | None = UNSET
    """Whether to enforce zero data retention for Google models."""
    enforce_zdr_openai: bool | Unset | None = UNSET
    """Whether to enforce zero data retention for OpenAI models."""
    enforce_zdr_other: bool | Unset | None = UNSET
    """Whether to enforce zero data retention for models that are not from Anthropic, OpenAI,
    Google, or xAI.
    """
    enforce_zdr_xai: bool | Unset | None = UNSET
    """Whether to enforce zero data retention for xAI models."""
    ignored_models: list[str] | Unset | None = UNSET
    """Array of model identifiers to exclude from routing (slug or canonical_slug accepted)."""
    ignored_providers: list[str] | Unset | None = UNSET
    """List of provider IDs to exclude from routing."""
    include_byok_in_budgets: bool | None = None
    """Whether BYOK (bring-your-own-key) inference spend counts toward this guardrail's limit_usd,
    in addition to OpenRouter credit spend.
    """
    limit_usd: float | Unset | None = UNSET
    """Spending limit in USD."""
    name: str
    """Name for the new guardrail."""
    reset_interval: str | Unset | None = UNSET
    """Interval at which the limit resets (daily, weekly, monthly). Known values:
    :class:`GuardrailInterval`.
    """
    workspace_id: str | None = None
    """The workspace to create the guardrail in."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        allowed_models: list[str] | Unset | None = UNSET,
        allowed_providers: list[str] | Unset | None = UNSET,
        content_filter_builtins: list[ContentFilterBuiltinEntryInput] | Unset | None = UNSET,
        content_filters: list[ContentFilterEntry] | Unset | None = UNSET,
        description: str | Unset | None = UNSET,
        enable_free_model_publication: bool | Unset | None = UNSET,
        enable_free_model_training: bool | Unset | None = UNSET,
        enable_paid_model_training: bool | Unset | None = UNSET,
        enforce_zdr: bool | Unset | None = UNSET,
        enforce_zdr_anthropic: bool | Unset | None = UNSET,
        enforce_zdr_google: bool | Unset | None = UNSET,
        enforce_zdr_openai: bool | Unset | None = UNSET,
        enforce_zdr_other: bool | Unset | None = UNSET,
        enforce_zdr_xai: bool | Unset | None = UNSET,
        ignored_models: list[str] | Unset | None = UNSET,
        ignored_providers: list[str] | Unset | None = UNSET,
        include_byok_in_budgets: bool | None = None,
        limit_usd: float | Unset | None = UNSET,
        name: str,
        reset_interval: str | Unset | None = UNSET,
        workspace_id: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("allowed_models", allowed_models)
        _setattr("allowed_providers", allowed_providers)
        _setattr("content_filter_builtins", content_filter_builtins)
        _setattr("content_filters", content_filters)
        _setattr("description", description)
        _setattr("enable_free_model_publication", enable_free_model_publication)
        _setattr("enable_free_model_training", enable_free_model_training)
        _setattr("enable_paid_model_training", enable_paid_model_training)
        _setattr("enforce_zdr", enforce_zdr)
        _setattr("enforce_zdr_anthropic", enforce_zdr_anthropic)
        _setattr("enforce_zdr_google", enforce_zdr_google)
        _setattr("enforce_zdr_openai", enforce_zdr_openai)
        _setattr("enforce_zdr_other", enforce_zdr_other)
        _setattr("enforce_zdr_xai", enforce_zdr_xai)
        _setattr("ignored_models", ignored_models)
        _setattr("ignored_providers", ignored_providers)
        _setattr("include_byok_in_budgets", include_byok_in_budgets)
        _setattr("limit_usd", limit_usd)
        _setattr("name", name)
        _setattr("reset_interval", reset_interval)
        _setattr("workspace_id", workspace_id)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"allowed_models={self.allowed_models!r}, "
            f"allowed_providers={self.allowed_providers!r}, "
            f"content_filter_builtins={self.content_filter_builtins!r}, "
            f"content_filters={self.content_filters!r}, "
            f"description={self.description!r}, "
            f"enable_free_model_publication={self.enable_free_model_publication!r}, "
            f"enable_free_model_training={self.enable_free_model_training!r}, "
            f"enable_paid_model_training={self.enable_paid_model_training!r}, "
            f"enforce_zdr={self.enforce_zdr!r}, "
            f"enforce_zdr_anthropic={self.enforce_zdr_anthropic!r}, "
            f"enforce_zdr_google={self.enforce_zdr_google!r}, "
            f"enforce_zdr_openai={self.enforce_zdr_openai!r}, "
            f"enforce_zdr_other={self.enforce_zdr_other!r}, "
            f"enforce_zdr_xai={self.enforce_zdr_xai!r}, "
            f"ignored_models={self.ignored_models!r}, "
            f"ignored_providers={self.ignored_providers!r}, "
            f"include_byok_in_budgets={self.include_byok_in_budgets!r}, "
            f"limit_usd={self.limit_usd!r}, "
            f"name={self.name!r}, "
            f"reset_interval={self.reset_interval!r}, "
            f"workspace_id={self.workspace_id!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.allowed_models,
            self.allowed_providers,
            self.content_filter_builtins,
            self.content_filters,
            self.description,
            self.enable_free_model_publication,
            self.enable_free_model_training,
            self.enable_paid_model_training,
            self.enforce_zdr,
            self.enforce_zdr_anthropic,
            self.enforce_zdr_google,
            self.enforce_zdr_openai,
            self.enforce_zdr_other,
            self.enforce_zdr_xai,
            self.ignored_models,
            self.ignored_providers,
            self.include_byok_in_budgets,
            self.limit_usd,
            self.name,
            self.reset_interval,
            self.workspace_id,
            self.extra_fields,
        ) == (
            other.allowed_models,
            other.allowed_providers,
            other.content_filter_builtins,
            other.content_filters,
            other.description,
            other.enable_free_model_publication,
            other.enable_free_model_training,
            other.enable_paid_model_training,
            other.enforce_zdr,
            other.enforce_zdr_anthropic,
            other.enforce_zdr_google,
            other.enforce_zdr_openai,
            other.enforce_zdr_other,
            other.enforce_zdr_xai,
            other.ignored_models,
            other.ignored_providers,
            other.include_byok_in_budgets,
            other.limit_usd,
            other.name,
            other.reset_interval,
            other.workspace_id,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "CreateGuardrailRequest",
                self.allowed_models,
                self.allowed_providers,
                self.content_filter_builtins,
                self.content_filters,
                self.description,
                self.enable_free_model_publication,
                self.enable_free_model_training,
                self.enable_paid_model_training,
                self.enforce_zdr,
                self.enforce_zdr_anthropic,
                self.enforce_zdr_google,
                self.enforce_zdr_openai,
                self.enforce_zdr_other,
                self.enforce_zdr_xai,
                self.ignored_models,
                self.ignored_providers,
                self.include_byok_in_budgets,
                self.limit_usd,
                self.name,
                self.reset_interval,
                self.workspace_id,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
