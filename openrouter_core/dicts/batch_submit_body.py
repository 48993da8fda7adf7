# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.batch_submit_body` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.batch_provider_preferences import BatchProviderPreferencesDict
    from openrouter_core.dicts.request import RequestDict

__all__ = [
    "BatchSubmitBodyDict",
]


class BatchSubmitBodyDict(TypedDict, total=False):
    """The dict form of :class:`BatchSubmitBody`."""

    endpoint: Required[
        Literal["/v1/chat/completions", "/v1/responses", "/v1/messages", "/v1/embeddings"] | str
    ]
    model: Required[str]
    requests: Required[list[RequestDict]]
    callback_url: str | None
    completion_window: Literal["24h"]
    provider: BatchProviderPreferencesDict | None
