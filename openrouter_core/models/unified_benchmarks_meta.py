# Generated from the OpenRouter OpenAPI spec (components/schemas/UnifiedBenchmarksMeta) by `python -m codegen`; do not edit.
"""The ``UnifiedBenchmarksMeta`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class UnifiedBenchmarksMeta:
    """The ``UnifiedBenchmarksMeta`` object."""

    as_of: str
    """ISO-8601 timestamp of when this data was last updated."""
    citation: str | None
    """Required attribution when republishing this data, or null when results span multiple sources
    (attribute each item individually by its `source` discriminator).
    """
    model_count: int
    """Number of unique models in the response."""
    source: str | None
    """The source filter applied, or null when all sources are returned. Known values:
    ``"artificial-analysis"``, ``"design-arena"``, ``"openrouter"``.
    """
    source_url: str | None
    """URL of the upstream data source, or null when results span multiple sources."""
    task_type: str | None
    """The task_type filter applied, or null if showing all."""
    version: str = "v1"
    """Dataset version."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        as_of: str,
        citation: str | None,
        model_count: int,
        source: str | None,
        source_url: str | None,
        task_type: str | None,
        version: str = "v1",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("as_of", as_of)
        _setattr("citation", citation)
        _setattr("model_count", model_count)
        _setattr("source", source)
        _setattr("source_url", source_url)
        _setattr("task_type", task_type)
        _setattr("version", version)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"as_of={self.as_of!r}, "
            f"citation={self.citation!r}, "
            f"model_count={self.model_count!r}, "
            f"source={self.source!r}, "
            f"source_url={self.source_url!r}, "
            f"task_type={self.task_type!r}, "
            f"version={self.version!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.as_of,
            self.citation,
            self.model_count,
            self.source,
            self.source_url,
            self.task_type,
            self.version,
            self.extra_fields,
        ) == (
            other.as_of,
            other.citation,
            other.model_count,
            other.source,
            other.source_url,
            other.task_type,
            other.version,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "UnifiedBenchmarksMeta",
                self.as_of,
                self.citation,
                self.model_count,
                self.source,
                self.source_url,
                self.task_type,
                self.version,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
