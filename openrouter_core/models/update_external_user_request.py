# Generated from the OpenRouter OpenAPI spec (components/schemas/UpdateExternalUserRequest) by `python -m codegen`; do not edit.
"""The ``UpdateExternalUserRequest`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class UpdateExternalUserRequest:
    """The ``UpdateExternalUserRequest`` object."""

    is_active: bool
    """Registration state only; does not enforce inference access."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
