# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.request` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "RequestDict",
]


class RequestDict(TypedDict, total=False):
    """The dict form of :class:`Request`."""

    body: Required[dict[str, Any]]
    custom_id: Required[str]
