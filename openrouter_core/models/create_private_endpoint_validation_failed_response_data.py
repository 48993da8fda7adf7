# Generated from the OpenRouter OpenAPI spec (components/schemas/CreatePrivateEndpointValidationFailedResponseData) by `python -m codegen`; do not edit.
"""The ``CreatePrivateEndpointValidationFailedResponseData`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.managed_private_endpoint import ManagedPrivateEndpoint
    from openrouter_core.models.private_endpoint_validation_nullable import (
        PrivateEndpointValidationNullable,
    )


@attrs.frozen(kw_only=True)
class CreatePrivateEndpointValidationFailedResponseData:
    """The ``CreatePrivateEndpointValidationFailedResponseData`` object."""

    endpoint: ManagedPrivateEndpoint
    validation: PrivateEndpointValidationNullable | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        endpoint: ManagedPrivateEndpoint,
        validation: PrivateEndpointValidationNullable | None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("endpoint", endpoint)
        _setattr("validation", validation)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"endpoint={self.endpoint!r}, "
            f"validation={self.validation!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.endpoint, self.validation, self.extra_fields) == (
            other.endpoint,
            other.validation,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "CreatePrivateEndpointValidationFailedResponseData",
                self.endpoint,
                self.validation,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
