# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.update_organization_settings_request` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "UpdateOrganizationSettingsRequestDict",
]


class UpdateOrganizationSettingsRequestDict(TypedDict, total=False):
    """The dict form of :class:`UpdateOrganizationSettingsRequest`."""

    is_filtered_model_catalog_enabled: Required[bool]
