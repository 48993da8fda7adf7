# Generated from the OpenRouter OpenAPI spec (components/schemas/CreatePrivateEndpointValidationFailedResponse) by `python -m codegen`; do not edit.
"""The ``CreatePrivateEndpointValidationFailedResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.create_private_endpoint_validation_failed_response_data import (
        CreatePrivateEndpointValidationFailedResponseData,
    )
    from openrouter_core.models.create_private_endpoint_validation_failed_response_error import (
        CreatePrivateEndpointValidationFailedResponseError,
    )


@attrs.frozen(kw_only=True)
class CreatePrivateEndpointValidationFailedResponse:
    """The ``CreatePrivateEndpointValidationFailedResponse`` object."""

    data: CreatePrivateEndpointValidationFailedResponseData
    error: CreatePrivateEndpointValidationFailedResponseError
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: CreatePrivateEndpointValidationFailedResponseData,
        error: CreatePrivateEndpointValidationFailedResponseError,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("data", data)
        _setattr("error", error)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(data={self.data!r}, error={self.error!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.data, self.error, self.extra_fields) == (
            other.data,
            other.error,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "CreatePrivateEndpointValidationFailedResponse",
                self.data,
                self.error,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
