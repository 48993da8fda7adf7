# Generated from the OpenRouter OpenAPI spec (components/schemas/PrivateEndpointValidation) by `python -m codegen`; do not edit.
"""The ``PrivateEndpointValidation`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.private_endpoint_check import PrivateEndpointCheck


@attrs.frozen(kw_only=True)
class PrivateEndpointValidation:
    """The ``PrivateEndpointValidation`` object."""

    checks: list[PrivateEndpointCheck]
    passed: bool
    """Whether every check passed."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        checks: list[PrivateEndpointCheck],
        passed: bool,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("checks", checks)
        _setattr("passed", passed)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(checks={self.checks!r}, passed={self.passed!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.checks, self.passed, self.extra_fields) == (
            other.checks,
            other.passed,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("PrivateEndpointValidation", self.checks, self.passed, self.extra_fields))

    # --- end of attrs methods ---
