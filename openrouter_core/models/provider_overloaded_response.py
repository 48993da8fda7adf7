# Generated from the OpenRouter OpenAPI spec (components/schemas/ProviderOverloadedResponse) by `python -m codegen`; do not edit.
"""Provider Overloaded - Provider is temporarily overloaded."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.provider_overloaded_response_error_data import (
        ProviderOverloadedResponseErrorData,
    )


@attrs.frozen(kw_only=True)
class ProviderOverloadedResponse:
    """Provider Overloaded - Provider is temporarily overloaded."""

    error: ProviderOverloadedResponseErrorData
    openrouter_metadata: dict[str, Any] | Unset | None = UNSET
    user_id: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        error: ProviderOverloadedResponseErrorData,
        openrouter_metadata: dict[str, Any] | Unset | None = UNSET,
        user_id: str | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("error", error)
        _setattr("openrouter_metadata", openrouter_metadata)
        _setattr("user_id", user_id)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"error={self.error!r}, "
            f"openrouter_metadata={self.openrouter_metadata!r}, "
            f"user_id={self.user_id!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.error, self.openrouter_metadata, self.user_id, self.extra_fields) == (
            other.error,
            other.openrouter_metadata,
            other.user_id,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ProviderOverloadedResponse",
                self.error,
                self.openrouter_metadata,
                self.user_id,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
