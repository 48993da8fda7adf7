# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputItemFileSearchCall) by `python -m codegen`; do not edit.
"""The ``OutputItemFileSearchCall`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputItemFileSearchCall:
    """The ``OutputItemFileSearchCall`` object."""

    id: str
    queries: list[str]
    status: str
    """Known values: :class:`WebSearchStatus`."""
    type: str = "file_search_call"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
