# Generated from the OpenRouter OpenAPI spec (components/schemas/Upstream) by `python -m codegen`; do not edit.
"""The upstream batch deletion outcome; omitted when no provider was assigned."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class Upstream:
    """The upstream batch deletion outcome; omitted when no provider was assigned."""

    provider: str
    """The provider name stored on the batch."""
    status: str
    """Outcome for one deletion target: `deleted` (removed), `unsupported` (the provider has no
    batch-delete API; supported file cleanup still runs), or `not_applicable` (the batch never
    reached that target). Known values: ``"deleted"``, ``"unsupported"``, ``"not_applicable"``.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        provider: str,
        status: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("provider", provider)
        _setattr("status", status)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(provider={self.provider!r}, status={self.status!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.provider, self.status, self.extra_fields) == (
            other.provider,
            other.status,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("Upstream", self.provider, self.status, self.extra_fields))

    # --- end of attrs methods ---
