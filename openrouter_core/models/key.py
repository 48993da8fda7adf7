# Generated from the OpenRouter OpenAPI spec (components/schemas/Key) by `python -m codegen`; do not edit.
"""The ``Key`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class Key:
    """The ``Key`` object."""

    alg: str = "ES256"
    crv: str = "P-256"
    kid: str
    kty: str = "EC"
    use: str = "sig"
    x: str
    y: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        alg: str = "ES256",
        crv: str = "P-256",
        kid: str,
        kty: str = "EC",
        use: str = "sig",
        x: str,
        y: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("alg", alg)
        _setattr("crv", crv)
        _setattr("kid", kid)
        _setattr("kty", kty)
        _setattr("use", use)
        _setattr("x", x)
        _setattr("y", y)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"alg={self.alg!r}, "
            f"crv={self.crv!r}, "
            f"kid={self.kid!r}, "
            f"kty={self.kty!r}, "
            f"use={self.use!r}, "
            f"x={self.x!r}, "
            f"y={self.y!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.alg,
            self.crv,
            self.kid,
            self.kty,
            self.use,
            self.x,
            self.y,
            self.extra_fields,
        ) == (
            other.alg,
            other.crv,
            other.kid,
            other.kty,
            other.use,
            other.x,
            other.y,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "Key",
                self.alg,
                self.crv,
                self.kid,
                self.kty,
                self.use,
                self.x,
                self.y,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
