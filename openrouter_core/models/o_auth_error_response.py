# Generated from the OpenRouter OpenAPI spec (components/schemas/OAuthErrorResponse) by `python -m codegen`; do not edit.
"""The ``OAuthErrorResponse`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OAuthErrorResponse:
    """The ``OAuthErrorResponse`` object."""

    error: str
    """Known values: ``"invalid_request"``, ``"invalid_grant"``, ``"unsupported_grant_type"``,
    ``"invalid_scope"``, ``"server_error"``, ``"temporarily_unavailable"``.
    """
    error_description: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        error: str,
        error_description: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("error", error)
        _setattr("error_description", error_description)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"error={self.error!r}, "
            f"error_description={self.error_description!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.error, self.error_description, self.extra_fields) == (
            other.error,
            other.error_description,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("OAuthErrorResponse", self.error, self.error_description, self.extra_fields))

    # --- end of attrs methods ---
