# Generated from the OpenRouter OpenAPI spec (components/schemas/StopServerToolsWhenFinishReasonIs) by `python -m codegen`; do not edit.
"""Stop when the upstream model emits this finish reason (e.g. `length`)."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class StopServerToolsWhenFinishReasonIs:
    """Stop when the upstream model emits this finish reason (e.g. `length`)."""

    reason: str
    type: str = "finish_reason_is"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
