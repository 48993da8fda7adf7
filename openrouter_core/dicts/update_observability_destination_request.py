# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.update_observability_destination_request` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

if TYPE_CHECKING:
    from openrouter_core.dicts.observability_filter_rules_config_nullable import (
        ObservabilityFilterRulesConfigNullableDict,
    )

__all__ = [
    "UpdateObservabilityDestinationRequestDict",
]


class UpdateObservabilityDestinationRequestDict(TypedDict, total=False):
    """The dict form of :class:`UpdateObservabilityDestinationRequest`."""

    api_key_hashes: list[str] | None
    broadcast_generation_cost: bool | None
    broadcast_generation_identity: bool | None
    broadcast_generation_request_context: bool | None
    config: dict[str, Any] | None
    enabled: bool | None
    filter_rules: ObservabilityFilterRulesConfigNullableDict | None
    name: str | None
    privacy_mode: bool | None
    sampling_rate: float | None
