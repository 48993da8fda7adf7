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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        alias_target: ModelAliasTarget | None = None,
        architecture: ModelArchitecture,
        benchmarks: ModelBenchmarks | None = None,
        canonical_slug: str,
        context_length: int | None,
        created: int,
        default_parameters: DefaultParameters | None,
        description: str | None = None,
        expiration_date: str | Unset | None = UNSET,
        hugging_face_id: str | Unset | None = UNSET,
        id: str,
        knowledge_cutoff: str | Unset | None = UNSET,
        links: ModelLinks,
        name: str,
        per_request_limits: PerRequestLimits | None,
        pricing: PublicPricing,
        reasoning: ModelReasoning | None = None,
        supported_parameters: list[str],
        supported_voices: list[str] | None,
        top_provider: TopProviderInfo,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("alias_target", alias_target)
        _setattr("architecture", architecture)
        _setattr("benchmarks", benchmarks)
        _setattr("canonical_slug", canonical_slug)
        _setattr("context_length", context_length)
        _setattr("created", created)
        _setattr("default_parameters", default_parameters)
        _setattr("description", description)
        _setattr("expiration_date", expiration_date)
        _setattr("hugging_face_id", hugging_face_id)
        _setattr("id", id)
        _setattr("knowledge_cutoff", knowledge_cutoff)
        _setattr("links", links)
        _setattr("name", name)
        _setattr("per_request_limits", per_request_limits)
        _setattr("pricing", pricing)
        _setattr("reasoning", reasoning)
        _setattr("supported_parameters", supported_parameters)
        _setattr("supported_voices", supported_voices)
        _setattr("top_provider", top_provider)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"alias_target={self.alias_target!r}, "
            f"architecture={self.architecture!r}, "
            f"benchmarks={self.benchmarks!r}, "
            f"canonical_slug={self.canonical_slug!r}, "
            f"context_length={self.context_length!r}, "
            f"created={self.created!r}, "
            f"default_parameters={self.default_parameters!r}, "
            f"description={self.description!r}, "
            f"expiration_date={self.expiration_date!r}, "
            f"hugging_face_id={self.hugging_face_id!r}, "
            f"id={self.id!r}, "
            f"knowledge_cutoff={self.knowledge_cutoff!r}, "
            f"links={self.links!r}, "
            f"name={self.name!r}, "
            f"per_request_limits={self.per_request_limits!r}, "
            f"pricing={self.pricing!r}, "
            f"reasoning={self.reasoning!r}, "
            f"supported_parameters={self.supported_parameters!r}, "
            f"supported_voices={self.supported_voices!r}, "
            f"top_provider={self.top_provider!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.alias_target,
            self.architecture,
            self.benchmarks,
            self.canonical_slug,
            self.context_length,
            self.created,
            self.default_parameters,
            self.description,
            self.expiration_date,
            self.hugging_face_id,
            self.id,
            self.knowledge_cutoff,
            self.links,
            self.name,
            self.per_request_limits,
            self.pricing,
            self.reasoning,
            self.supported_parameters,
            self.supported_voices,
            self.top_provider,
            self.extra_fields,
        ) == (
            other.alias_target,
            other.architecture,
            other.benchmarks,
            other.canonical_slug,
            other.context_length,
            other.created,
            other.default_parameters,
            other.description,
            other.expiration_date,
            other.hugging_face_id,
            other.id,
            other.knowledge_cutoff,
            other.links,
            other.name,
            other.per_request_limits,
            other.pricing,
            other.reasoning,
            other.supported_parameters,
            other.supported_voices,
            other.top_provider,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "Model",
                self.alias_target,
                self.architecture,
                self.benchmarks,
                self.canonical_slug,
                self.context_length,
                self.created,
                self.default_parameters,
                self.description,
                self.expiration_date,
                self.hugging_face_id,
                self.id,
                self.knowledge_cutoff,
                self.links,
                self.name,
                self.per_request_limits,
                self.pricing,
                self.reasoning,
                self.supported_parameters,
                self.supported_voices,
                self.top_provider,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
