# Generated from the OpenRouter OpenAPI spec (components/schemas/BodyChatCompletion) by `python -m codegen`; do not edit.
"""The ``BodyChatCompletion`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.alignment import Alignment
    from openrouter_core.models.armor_safeguard_result import ArmorSafeguardResult
    from openrouter_core.models.batch_object_debug import BatchObjectDebug
    from openrouter_core.models.body_usage1 import BodyUsage1
    from openrouter_core.models.choice import Choice
    from openrouter_core.models.openrouter_metadata import OpenRouterMetadata


@attrs.frozen(kw_only=True)
class BodyChatCompletion:
    """The ``BodyChatCompletion`` object."""

    choices: list[Choice]
    created: int
    id: str
    model: str
    object: str = "chat.completion"
    alignment: Alignment | None = None
    """Beta."""
    debug: BatchObjectDebug | None = None
    openrouter_metadata: OpenRouterMetadata | None = None
    provider: str | Unset | None = UNSET
    safeguard_results: list[ArmorSafeguardResult] | None = None
    """OpenRouter Armor's verdict for each client tool call of this response, present whenever Armor
    evaluated the response (even when nothing was flagged).
    """
    service_tier: str | Unset | None = UNSET
    system_fingerprint: str | Unset | None = UNSET
    usage: BodyUsage1 | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
