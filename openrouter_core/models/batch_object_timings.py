# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchObjectTimings) by `python -m codegen`; do not edit.
"""The ``BatchObjectTimings`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BatchObjectTimings:
    """The ``BatchObjectTimings`` object."""

    epoch_ms: int
    event: str
    """Known values: ``"adapter_request"``, ``"upstream_headers_received"``,
    ``"first_token_received"``, ``"upstream_body_ended"``.
    """
    start_ms: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
