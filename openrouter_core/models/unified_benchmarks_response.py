# Generated from the OpenRouter OpenAPI spec (components/schemas/UnifiedBenchmarksResponse) by `python -m codegen`; do not edit.
"""The ``UnifiedBenchmarksResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.unified_benchmarks_aa_item import UnifiedBenchmarksAAItem
from openrouter_core.models.unified_benchmarks_da_item import UnifiedBenchmarksDAItem
from openrouter_core.models.unified_benchmarks_or_item import UnifiedBenchmarksORItem
from openrouter_core.models.unified_benchmarks_search_item import UnifiedBenchmarksSearchItem

if TYPE_CHECKING:
    from openrouter_core.models.unified_benchmarks_meta import UnifiedBenchmarksMeta

UnifiedBenchmarksResponseData: TypeAlias = (
    UnifiedBenchmarksAAItem
    | UnifiedBenchmarksDAItem
    | UnifiedBenchmarksORItem
    | UnifiedBenchmarksSearchItem
    | dict[str, Any]
)
"""The ``data`` of a :class:`UnifiedBenchmarksResponse`."""


_UNIFIED_BENCHMARKS_RESPONSE_DATA_BY_SOURCE: dict[Any, Any] = {
    "artificial-analysis": UnifiedBenchmarksAAItem,
    "design-arena": UnifiedBenchmarksDAItem,
    "openrouter": UnifiedBenchmarksORItem | UnifiedBenchmarksSearchItem,
}


def _choose_unified_benchmarks_response_data(data: Any) -> Any:
    """The member of :data:`UnifiedBenchmarksResponseData` that ``data`` is, by its ``source``.
    Members that share a ``source`` are tried in order.

    An unknown ``source`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _UNIFIED_BENCHMARKS_RESPONSE_DATA_BY_SOURCE.get(data.get("source"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"UnifiedBenchmarksResponseData: expected an object, got {type(data).__name__}")


register_union(UnifiedBenchmarksResponseData, _choose_unified_benchmarks_response_data)


@attrs.frozen(kw_only=True)
class UnifiedBenchmarksResponse:
    """The ``UnifiedBenchmarksResponse`` object."""

    data: list[UnifiedBenchmarksResponseData]
    meta: UnifiedBenchmarksMeta
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: list[UnifiedBenchmarksResponseData],
        meta: UnifiedBenchmarksMeta,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("data", data)
        _setattr("meta", meta)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(data={self.data!r}, meta={self.meta!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.data, self.meta, self.extra_fields) == (
            other.data,
            other.meta,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("UnifiedBenchmarksResponse", self.data, self.meta, self.extra_fields))

    # --- end of attrs methods ---
