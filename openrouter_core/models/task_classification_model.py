# Generated from the OpenRouter OpenAPI spec (components/schemas/TaskClassificationModel) by `python -m codegen`; do not edit.
"""The ``TaskClassificationModel`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class TaskClassificationModel:
    """The ``TaskClassificationModel`` object."""

    id: str
    """Model identifier (permaslug)."""
    tag_token_share: float
    """Fraction of this classification's sampled token volume attributed to this model (0-1)."""
    tag_usage_share: float
    """Fraction of this classification's sampled requests attributed to this model (0-1)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
