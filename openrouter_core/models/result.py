# Generated from the OpenRouter OpenAPI spec (components/schemas/Result) by `python -m codegen`; do not edit.
"""The ``Result`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.batch_object_response import BatchObjectResponse
    from openrouter_core.models.result_error import ResultError


@attrs.frozen(kw_only=True)
class Result:
    """The ``Result`` object."""

    custom_id: str
    error: ResultError | None
    id: str
    response: BatchObjectResponse | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        custom_id: str,
        error: ResultError | None,
        id: str,
        response: BatchObjectResponse | None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("custom_id", custom_id)
        _setattr("error", error)
        _setattr("id", id)
        _setattr("response", response)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"custom_id={self.custom_id!r}, "
            f"error={self.error!r}, "
            f"id={self.id!r}, "
            f"response={self.response!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.custom_id, self.error, self.id, self.response, self.extra_fields) == (
            other.custom_id,
            other.error,
            other.id,
            other.response,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("Result", self.custom_id, self.error, self.id, self.response, self.extra_fields)
        )

    # --- end of attrs methods ---
