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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        echo_upstream_body: dict[str, Any] | None = None,
        timings: BatchObjectTimings | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("echo_upstream_body", echo_upstream_body)
        _setattr("timings", timings)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"echo_upstream_body={self.echo_upstream_body!r}, "
            f"timings={self.timings!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.echo_upstream_body, self.timings, self.extra_fields) == (
            other.echo_upstream_body,
            other.timings,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("BatchObjectDebug", self.echo_upstream_body, self.timings, self.extra_fields))

    # --- end of attrs methods ---
