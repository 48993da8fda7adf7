# Generated from the OpenRouter OpenAPI spec (components/schemas/Model) by `python -m codegen`; do not edit.
"""Information about an AI model available on OpenRouter."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.default_parameters import DefaultParameters
    from openrouter_core.models.model_alias_target import ModelAliasTarget
    from openrouter_core.models.model_architecture import ModelArchitecture
    from openrouter_core.models.model_benchmarks import ModelBenchmarks
    from openrouter_core.models.model_links import ModelLinks
    from openrouter_core.models.model_reasoning import ModelReasoning
    from openrouter_core.models.per_request_limits import PerRequestLimits
    from openrouter_core.models.public_pricing import PublicPricing
    from openrouter_core.models.top_provider_info import TopProviderInfo


@attrs.frozen(kw_only=True)
class Model:
    """Information about an AI model available on OpenRouter."""

    alias_target: ModelAliasTarget | None = None
    architecture: ModelArchitecture
    benchmarks: ModelBenchmarks | None = None
    canonical_slug: str
    """Canonical slug for the model."""
    context_length: int | None
    """Maximum context length in tokens."""
    created: int
    """Unix timestamp of when the model was created."""
    default_parameters: DefaultParameters | None
    description: str | None = None
    """Description of the model."""
    expiration_date: str | Unset | None = UNSET
    """The date after which the model may be removed."""
    hugging_face_id: str | Unset | None = UNSET
    """Hugging Face model identifier, if applicable."""
    id: str
    """Unique identifier for the model."""
    knowledge_cutoff: str | Unset | None = UNSET
    """The date up to which the model was trained on data."""
    links: ModelLinks
    name: str
    """Display name of the model."""
    per_request_limits: PerRequestLimits | None
    pricing: PublicPricing
    reasoning: ModelReasoning | None = None
    supported_parameters: list[str]
    """List of supported parameters for this model."""
    supported_voices: list[str] | None
    """List of supported voice identifiers for TTS models."""
    top_provider: TopProviderInfo
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
