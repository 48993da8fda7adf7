# Generated from the OpenRouter OpenAPI spec (components/schemas/DecisionsResponseUsage) by `python -m codegen`; do not edit.
"""The ``DecisionsResponseUsage`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class DecisionsResponseUsage:
    """The ``DecisionsResponseUsage`` object."""

    input_tokens: int
    output_tokens: int
    cost: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        input_tokens: int,
        output_tokens: int,
        cost: float | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("input_tokens", input_tokens)
        _setattr("output_tokens", output_tokens)
        _setattr("cost", cost)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"input_tokens={self.input_tokens!r}, "
            f"output_tokens={self.output_tokens!r}, "
            f"cost={self.cost!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.input_tokens, self.output_tokens, self.cost, self.extra_fields) == (
            other.input_tokens,
            other.output_tokens,
            other.cost,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "DecisionsResponseUsage",
                self.input_tokens,
                self.output_tokens,
                self.cost,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
