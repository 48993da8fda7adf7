# Generated from the OpenRouter OpenAPI spec (components/schemas/BodyChatCompletion) by `python -m codegen`; do not edit.
"""The ``BodyChatCompletion`` object."""

from __future__ import annotations

import builtins
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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        choices: list[Choice],
        created: int,
        id: str,
        model: str,
        object: str = "chat.completion",
        alignment: Alignment | None = None,
        debug: BatchObjectDebug | None = None,
        openrouter_metadata: OpenRouterMetadata | None = None,
        provider: str | Unset | None = UNSET,
        safeguard_results: list[ArmorSafeguardResult] | None = None,
        service_tier: str | Unset | None = UNSET,
        system_fingerprint: str | Unset | None = UNSET,
        usage: BodyUsage1 | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = builtins.object.__setattr__.__get__(self)
        _setattr("choices", choices)
        _setattr("created", created)
        _setattr("id", id)
        _setattr("model", model)
        _setattr("object", object)
        _setattr("alignment", alignment)
        _setattr("debug", debug)
        _setattr("openrouter_metadata", openrouter_metadata)
        _setattr("provider", provider)
        _setattr("safeguard_results", safeguard_results)
        _setattr("service_tier", service_tier)
        _setattr("system_fingerprint", system_fingerprint)
        _setattr("usage", usage)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"choices={self.choices!r}, "
            f"created={self.created!r}, "
            f"id={self.id!r}, "
            f"model={self.model!r}, "
            f"object={self.object!r}, "
            f"alignment={self.alignment!r}, "
            f"debug={self.debug!r}, "
            f"openrouter_metadata={self.openrouter_metadata!r}, "
            f"provider={self.provider!r}, "
            f"safeguard_results={self.safeguard_results!r}, "
            f"service_tier={self.service_tier!r}, "
            f"system_fingerprint={self.system_fingerprint!r}, "
            f"usage={self.usage!r})"
        )

    def __eq__(self, other: builtins.object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.choices,
            self.created,
            self.id,
            self.model,
            self.object,
            self.alignment,
            self.debug,
            self.openrouter_metadata,
            self.provider,
            self.safeguard_results,
            self.service_tier,
            self.system_fingerprint,
            self.usage,
            self.extra_fields,
        ) == (
            other.choices,
            other.created,
            other.id,
            other.model,
            other.object,
            other.alignment,
            other.debug,
            other.openrouter_metadata,
            other.provider,
            other.safeguard_results,
            other.service_tier,
            other.system_fingerprint,
            other.usage,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "BodyChatCompletion",
                self.choices,
                self.created,
                self.id,
                self.model,
                self.object,
                self.alignment,
                self.debug,
                self.openrouter_metadata,
                self.provider,
                self.safeguard_results,
                self.service_tier,
                self.system_fingerprint,
                self.usage,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
