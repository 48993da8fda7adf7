# Generated from the OpenRouter OpenAPI spec (components/schemas/Upstream) by `python -m codegen`; do not edit.
"""The upstream batch deletion outcome; omitted when no provider was assigned."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class Upstream:
    """The upstream batch deletion outcome; omitted when no provider was assigned."""

    provider: str
    """The provider name stored on the batch."""
    status: str
    """Outcome for one deletion target: `deleted` (removed), `unsupported` (the provider has no
    batch-delete API; supported file cleanup still runs), or `not_applicable` (the batch never
    reached that target). Known values: ``"deleted"``, ``"unsupported"``, ``"not_applicable"``.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
