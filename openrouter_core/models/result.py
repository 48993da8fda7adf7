# Generated from the OpenRouter OpenAPI spec (components/schemas/Result) by `python -m codegen`; do not edit.
"""The ``Result`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.batch_object_response import BatchObjectResponse
    from openrouter_core.models.result_error import ResultError


@attrs.frozen(kw_only=True)
class Result:
    """The ``Result`` object."""

    custom_id: str
    error: ResultError | None
    id: str
    response: BatchObjectResponse | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
