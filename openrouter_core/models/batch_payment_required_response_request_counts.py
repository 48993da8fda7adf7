# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchPaymentRequiredResponseRequestCounts) by `python -m codegen`; do not edit.
"""The ``BatchPaymentRequiredResponseRequestCounts`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BatchPaymentRequiredResponseRequestCounts:
    """The ``BatchPaymentRequiredResponseRequestCounts`` object."""

    completed: int
    failed: int
    total: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
