# Generated from the OpenRouter OpenAPI spec (AnalyticsQueryAnalyticsResponse) by `python -m codegen`; do not edit.
"""The ``AnalyticsQueryAnalyticsResponse`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnalyticsQueryAnalyticsResponseDataMetadata:
    """The ``metadata`` of a :class:`AnalyticsQueryAnalyticsResponseData`."""

    query_time_ms: float
    row_count: int
    truncated: bool
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        query_time_ms: float,
        row_count: int,
        truncated: bool,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("query_time_ms", query_time_ms)
        _setattr("row_count", row_count)
        _setattr("truncated", truncated)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"query_time_ms={self.query_time_ms!r}, "
            f"row_count={self.row_count!r}, "
            f"truncated={self.truncated!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.query_time_ms, self.row_count, self.truncated, self.extra_fields) == (
            other.query_time_ms,
            other.row_count,
            other.truncated,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnalyticsQueryAnalyticsResponseDataMetadata",
                self.query_time_ms,
                self.row_count,
                self.truncated,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class AnalyticsQueryAnalyticsResponseData:
    """The ``data`` of a :class:`AnalyticsQueryAnalyticsResponse`."""

    cached_at: float | None = attrs.field(default=None, metadata={"wire": "cachedAt"})
    data: list[dict[str, Any]]
    metadata: AnalyticsQueryAnalyticsResponseDataMetadata
    warnings: list[str] | None = None
    """Warnings about filter resolution issues (e.g. unresolvable api_key_id hashes)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cached_at: float | None = None,
        data: list[dict[str, Any]],
        metadata: AnalyticsQueryAnalyticsResponseDataMetadata,
        warnings: list[str] | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("cached_at", cached_at)
        _setattr("data", data)
        _setattr("metadata", metadata)
        _setattr("warnings", warnings)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cached_at={self.cached_at!r}, "
            f"data={self.data!r}, "
            f"metadata={self.metadata!r}, "
            f"warnings={self.warnings!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.cached_at, self.data, self.metadata, self.warnings, self.extra_fields) == (
            other.cached_at,
            other.data,
            other.metadata,
            other.warnings,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnalyticsQueryAnalyticsResponseData",
                self.cached_at,
                self.data,
                self.metadata,
                self.warnings,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class AnalyticsQueryAnalyticsResponse:
    """The ``AnalyticsQueryAnalyticsResponse`` object."""

    data: AnalyticsQueryAnalyticsResponseData
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: AnalyticsQueryAnalyticsResponseData,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("data", data)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(data={self.data!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.data, self.extra_fields) == (other.data, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("AnalyticsQueryAnalyticsResponse", self.data, self.extra_fields))

    # --- end of attrs methods ---
