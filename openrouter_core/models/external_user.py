# Generated from the OpenRouter OpenAPI spec (components/schemas/ExternalUser) by `python -m codegen`; do not edit.
"""The ``ExternalUser`` object."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ExternalUser:
    """The ``ExternalUser`` object."""

    created_at: datetime
    """Registration creation time."""
    is_active: bool
    """Whether this registration is active."""
    updated_at: datetime
    """Last registration lifecycle update time."""
    user: str
    """Immutable case-sensitive tracking string supplied as user on inference requests or as
    external.user on API keys: 1 to 512 characters, well-formed Unicode, no NUL, no surrounding
    whitespace.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
