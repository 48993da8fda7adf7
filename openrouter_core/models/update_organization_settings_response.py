# Generated from the OpenRouter OpenAPI spec (components/schemas/UpdateOrganizationSettingsResponse) by `python -m codegen`; do not edit.
"""Organization settings updated successfully."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.organization_settings import OrganizationSettings


@attrs.frozen(kw_only=True)
class UpdateOrganizationSettingsResponse:
    """Organization settings updated successfully."""

    data: OrganizationSettings
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
