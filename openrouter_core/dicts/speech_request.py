# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.speech_request` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.provider_options import ProviderOptionsDict
    from openrouter_core.dicts.speech_input_reference import SpeechInputReferenceDict

__all__ = [
    "SpeechRequestDict",
    "SpeechRequestProviderDict",
]


class SpeechRequestDict(TypedDict, total=False):
    """The dict form of :class:`SpeechRequest`."""

    input: Required[str]
    input_references: list[SpeechInputReferenceDict] | None
    model: Required[str]
    provider: SpeechRequestProviderDict | None
    response_format: Literal["mp3", "pcm"] | str | None
    speed: float | None
    voice: str | None


class SpeechRequestProviderDict(TypedDict, total=False):
    """The dict form of :class:`SpeechRequestProvider`."""

    options: ProviderOptionsDict | None
