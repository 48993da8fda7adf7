# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenResponsesTopLogprobs) by `python -m codegen`; do not edit.
"""Alternative token with its log probability."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OpenResponsesTopLogprobs:
    """Alternative token with its log probability."""

    bytes_: list[int] | None = attrs.field(default=None, metadata={"wire": "bytes"})
    logprob: float | None = None
    token: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        bytes_: list[int] | None = None,
        logprob: float | None = None,
        token: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("bytes_", bytes_)
        _setattr("logprob", logprob)
        _setattr("token", token)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"bytes_={self.bytes_!r}, "
            f"logprob={self.logprob!r}, "
            f"token={self.token!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.bytes_, self.logprob, self.token, self.extra_fields) == (
            other.bytes_,
            other.logprob,
            other.token,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("OpenResponsesTopLogprobs", self.bytes_, self.logprob, self.token, self.extra_fields)
        )

    # --- end of attrs methods ---
