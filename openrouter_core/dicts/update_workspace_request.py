# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.update_workspace_request` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TypedDict

__all__ = [
    "UpdateWorkspaceRequestDict",
]


class UpdateWorkspaceRequestDict(TypedDict, total=False):
    """The dict form of :class:`UpdateWorkspaceRequest`."""

    default_image_model: str | None
    default_provider_sort: str | None
    default_text_model: str | None
    description: str | None
    io_logging_api_key_ids: list[int] | None
    io_logging_sampling_rate: float | None
    is_data_discount_logging_enabled: bool | None
    is_observability_broadcast_enabled: bool | None
    is_observability_io_logging_enabled: bool | None
    name: str | None
    slug: str | None
