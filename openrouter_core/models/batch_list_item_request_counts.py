# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchListItemRequestCounts) by `python -m codegen`; do not edit.
"""The ``BatchListItemRequestCounts`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BatchListItemRequestCounts:
    """The ``BatchListItemRequestCounts`` object."""

    completed: int
    failed: int
    total: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
