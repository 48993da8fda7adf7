# Generated from the OpenRouter OpenAPI spec (components/schemas/AlignmentUnavailableCallRecord) by `python -m codegen`; do not edit.
"""The ``AlignmentUnavailableCallRecord`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AlignmentUnavailableCallRecord:
    """The ``AlignmentUnavailableCallRecord`` object."""

    call: int
    """Number of the record, from 1. A record is one evaluated assistant message; a model call of a
    server-tool loop that produces several messages has one record per message, and a retry
    continues the numbering.
    """
    outcome: str = "unavailable"
    reason: str
    """Known values: ``"cut"``, ``"evaluator_error"``, ``"malformed_answer"``, ``"time_limit"``."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
