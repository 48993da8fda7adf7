# Generated from the OpenRouter OpenAPI spec (components/schemas/PrivateEndpointCheck) by `python -m codegen`; do not edit.
"""The ``PrivateEndpointCheck`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class PrivateEndpointCheck:
    """The ``PrivateEndpointCheck`` object."""

    name: str
    """Check name."""
    passed: bool
    actual_model: str | Unset | None = UNSET
    """Model the upstream reported serving, when it differs from the request."""
    reason: str | None = None
    """Why the check failed."""
    upstream_message: str | Unset | None = UNSET
    """Error message returned by your deployment when the call failed."""
    upstream_status: int | None = None
    """HTTP status returned by your deployment when the call failed."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        name: str,
        passed: bool,
        actual_model: str | Unset | None = UNSET,
        reason: str | None = None,
        upstream_message: str | Unset | None = UNSET,
        upstream_status: int | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("name", name)
        _setattr("passed", passed)
        _setattr("actual_model", actual_model)
        _setattr("reason", reason)
        _setattr("upstream_message", upstream_message)
        _setattr("upstream_status", upstream_status)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"name={self.name!r}, "
            f"passed={self.passed!r}, "
            f"actual_model={self.actual_model!r}, "
            f"reason={self.reason!r}, "
            f"upstream_message={self.upstream_message!r}, "
            f"upstream_status={self.upstream_status!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.name,
            self.passed,
            self.actual_model,
            self.reason,
            self.upstream_message,
            self.upstream_status,
            self.extra_fields,
        ) == (
            other.name,
            other.passed,
            other.actual_model,
            other.reason,
            other.upstream_message,
            other.upstream_status,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "PrivateEndpointCheck",
                self.name,
                self.passed,
                self.actual_model,
                self.reason,
                self.upstream_message,
                self.upstream_status,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
