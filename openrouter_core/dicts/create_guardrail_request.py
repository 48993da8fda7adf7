# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.create_guardrail_request` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.content_filter_builtin_entry_input import (
        ContentFilterBuiltinEntryInputDict,
    )
    from openrouter_core.dicts.content_filter_entry import ContentFilterEntryDict

__all__ = [
    "CreateGuardrailRequestDict",
]


class CreateGuardrailRequestDict(TypedDict, total=False):
    """The dict form of :class:`CreateGuardrailRequest`."""

    allowed_models: list[str] | None
    allowed_providers: list[str] | None
    content_filter_builtins: list[ContentFilterBuiltinEntryInputDict] | None
    content_filters: list[ContentFilterEntryDict] | None
    description: str | None
    enable_free_model_publication: bool | None
    enable_free_model_training: bool | None
    enable_paid_model_training: bool | None
    enforce_zdr: bool | None
    enforce_zdr_anthropic: bool | None
    enforce_zdr_google: bool | None
    enforce_zdr_openai: bool | None
    enforce_zdr_other: bool | None
    enforce_zdr_xai: bool | None
    ignored_models: list[str] | None
    ignored_providers: list[str] | None
    include_byok_in_budgets: bool | None
    limit_usd: float | None
    name: Required[str]
    reset_interval: Literal["daily", "weekly", "monthly"] | str | None
    workspace_id: str | None
