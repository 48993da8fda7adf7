# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.content_filter_entry` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ContentFilterEntryDict",
]


class ContentFilterEntryDict(TypedDict, total=False):
    """The dict form of :class:`ContentFilterEntry`."""

    action: Required[Literal["redact", "block", "flag"] | str]
    label: str | None
    pattern: Required[str]
