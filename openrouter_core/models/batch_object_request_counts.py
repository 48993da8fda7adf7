# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchObjectRequestCounts) by `python -m codegen`; do not edit.
"""The ``BatchObjectRequestCounts`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BatchObjectRequestCounts:
    """The ``BatchObjectRequestCounts`` object."""

    completed: int
    failed: int
    total: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
