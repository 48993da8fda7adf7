# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchObjectDebug) by `python -m codegen`; do not edit.
"""The ``BatchObjectDebug`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.batch_object_timings import BatchObjectTimings


@attrs.frozen(kw_only=True)
class BatchObjectDebug:
    """The ``BatchObjectDebug`` object."""

    echo_upstream_body: dict[str, Any] | None = None
    timings: BatchObjectTimings | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
