# Generated from the OpenRouter OpenAPI spec (components/schemas/OrganizationSettings) by `python -m codegen`; do not edit.
"""The ``OrganizationSettings`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OrganizationSettings:
    """The ``OrganizationSettings`` object."""

    id: str
    """ID of the organization the settings belong to."""
    is_filtered_model_catalog_enabled: bool
    """When true, `GET /api/v1/models` called with one of the organization's API keys returns only
    the models that key can use (the `/api/v1/models/user` catalog), and the signed-in dashboard
    shows the same list.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
