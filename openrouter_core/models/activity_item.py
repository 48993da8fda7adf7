# Generated from the OpenRouter OpenAPI spec (components/schemas/ActivityItem) by `python -m codegen`; do not edit.
"""The ``ActivityItem`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ActivityItem:
    """The ``ActivityItem`` object."""

    byok_usage_inference: float
    """BYOK inference cost in USD (external credits spent)."""
    completion_tokens: int
    """Total completion tokens generated."""
    date: str
    """Date of the activity (YYYY-MM-DD format)."""
    endpoint_id: str
    """Unique identifier for the endpoint."""
    model: str
    """Model slug (e.g., "openai/gpt-4.1")."""
    model_permaslug: str
    """Model permaslug (e.g., "openai/gpt-4.1-2025-04-14")."""
    prompt_tokens: int
    """Total prompt tokens used."""
    provider_name: str
    """Name of the provider serving this endpoint."""
    reasoning_tokens: int
    """Total reasoning tokens used."""
    requests: int
    """Number of requests made."""
    usage: float
    """Total cost in USD (OpenRouter credits spent)."""
    workspace_id: str | None = None
    """ID of the workspace this activity is attributed to."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        byok_usage_inference: float,
        completion_tokens: int,
        date: str,
        endpoint_id: str,
        model: str,
        model_permaslug: str,
        prompt_tokens: int,
        provider_name: str,
        reasoning_tokens: int,
        requests: int,
        usage: float,
        workspace_id: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("byok_usage_inference", byok_usage_inference)
        _setattr("completion_tokens", completion_tokens)
        _setattr("date", date)
        _setattr("endpoint_id", endpoint_id)
        _setattr("model", model)
        _setattr("model_permaslug", model_permaslug)
        _setattr("prompt_tokens", prompt_tokens)
        _setattr("provider_name", provider_name)
        _setattr("reasoning_tokens", reasoning_tokens)
        _setattr("requests", requests)
        _setattr("usage", usage)
        _setattr("workspace_id", workspace_id)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"byok_usage_inference={self.byok_usage_inference!r}, "
            f"completion_tokens={self.completion_tokens!r}, "
            f"date={self.date!r}, "
            f"endpoint_id={self.endpoint_id!r}, "
            f"model={self.model!r}, "
            f"model_permaslug={self.model_permaslug!r}, "
            f"prompt_tokens={self.prompt_tokens!r}, "
            f"provider_name={self.provider_name!r}, "
            f"reasoning_tokens={self.reasoning_tokens!r}, "
            f"requests={self.requests!r}, "
            f"usage={self.usage!r}, "
            f"workspace_id={self.workspace_id!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.byok_usage_inference,
            self.completion_tokens,
            self.date,
            self.endpoint_id,
            self.model,
            self.model_permaslug,
            self.prompt_tokens,
            self.provider_name,
            self.reasoning_tokens,
            self.requests,
            self.usage,
            self.workspace_id,
            self.extra_fields,
        ) == (
            other.byok_usage_inference,
            other.completion_tokens,
            other.date,
            other.endpoint_id,
            other.model,
            other.model_permaslug,
            other.prompt_tokens,
            other.provider_name,
            other.reasoning_tokens,
            other.requests,
            other.usage,
            other.workspace_id,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ActivityItem",
                self.byok_usage_inference,
                self.completion_tokens,
                self.date,
                self.endpoint_id,
                self.model,
                self.model_permaslug,
                self.prompt_tokens,
                self.provider_name,
                self.reasoning_tokens,
                self.requests,
                self.usage,
                self.workspace_id,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
