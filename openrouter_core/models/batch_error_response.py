# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchErrorResponse) by `python -m codegen`; do not edit.
"""The ``BatchErrorResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.batch_error_response_error import BatchErrorResponseError


@attrs.frozen(kw_only=True)
class BatchErrorResponse:
    """The ``BatchErrorResponse`` object."""

    error: BatchErrorResponseError
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
