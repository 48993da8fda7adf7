# Generated from the OpenRouter OpenAPI spec (components/schemas/DeleteBYOKKeyResponse) by `python -m codegen`; do not edit.
"""The ``DeleteBYOKKeyResponse`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class DeleteBYOKKeyResponse:
    """The ``DeleteBYOKKeyResponse`` object."""

    deleted: bool = True
    """Confirmation that the BYOK credential was deleted."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
