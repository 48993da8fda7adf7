# Generated from the OpenRouter OpenAPI spec (components/schemas/RouterAttempt) by `python -m codegen`; do not edit.
"""The ``RouterAttempt`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class RouterAttempt:
    """The ``RouterAttempt`` object."""

    model: str
    provider: str
    status: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
