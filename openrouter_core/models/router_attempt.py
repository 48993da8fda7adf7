# Generated from the OpenRouter OpenAPI spec (components/schemas/RouterAttempt) by `python -m codegen`; do not edit.
"""The ``RouterAttempt`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class RouterAttempt:
    """The ``RouterAttempt`` object."""

    model: str
    provider: str
    status: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        model: str,
        provider: str,
        status: int,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("model", model)
        _setattr("provider", provider)
        _setattr("status", status)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"model={self.model!r}, "
            f"provider={self.provider!r}, "
            f"status={self.status!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.model, self.provider, self.status, self.extra_fields) == (
            other.model,
            other.provider,
            other.status,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("RouterAttempt", self.model, self.provider, self.status, self.extra_fields))

    # --- end of attrs methods ---
