# Generated from the OpenRouter OpenAPI spec (components/schemas/CreateBYOKKeyResponse) by `python -m codegen`; do not edit.
"""The ``CreateBYOKKeyResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.byok_key import BYOKKey


@attrs.frozen(kw_only=True)
class CreateBYOKKeyResponse:
    """The ``CreateBYOKKeyResponse`` object."""

    data: BYOKKey
    """The created BYOK credential."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
