# Generated from the OpenRouter OpenAPI spec (components/schemas/ListInternConnectionsData) by `python -m codegen`; do not edit.
"""The ``ListInternConnectionsData`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ListInternConnectionsData:
    """The ``ListInternConnectionsData`` object."""

    key: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
