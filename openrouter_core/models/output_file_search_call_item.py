# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputFileSearchCallItem) by `python -m codegen`; do not edit.
"""The ``OutputFileSearchCallItem`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputFileSearchCallItem:
    """The ``OutputFileSearchCallItem`` object."""

    id: str
    queries: list[str]
    status: str
    """Known values: :class:`WebSearchStatus`."""
    type: str = "file_search_call"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
