# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchPaymentRequiredResponseError) by `python -m codegen`; do not edit.
"""The ``BatchPaymentRequiredResponseError`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BatchPaymentRequiredResponseError:
    """The ``BatchPaymentRequiredResponseError`` object."""

    code: int
    message: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
