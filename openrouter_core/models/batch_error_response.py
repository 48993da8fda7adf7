# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchErrorResponse) by `python -m codegen`; do not edit.
"""The ``BatchErrorResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.batch_error_response_error import BatchErrorResponseError


@attrs.frozen(kw_only=True)
class BatchErrorResponse:
    """The ``BatchErrorResponse`` object."""

    error: BatchErrorResponseError
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        error: BatchErrorResponseError,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("error", error)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(error={self.error!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.error, self.extra_fields) == (other.error, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("BatchErrorResponse", self.error, self.extra_fields))

    # --- end of attrs methods ---
