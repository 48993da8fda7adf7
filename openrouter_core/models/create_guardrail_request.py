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
