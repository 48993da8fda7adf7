# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatTokenLogprob) by `python -m codegen`; do not edit.
"""Token log probability information."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ChatTokenLogprobTopLogprobs:
    """Top alternative tokens with probabilities."""

    bytes_: list[int] | None = attrs.field(metadata={"wire": "bytes"})
    logprob: float
    token: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        bytes_: list[int] | None,
        logprob: float,
        token: str,
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
            (
                "ChatTokenLogprobTopLogprobs",
                self.bytes_,
                self.logprob,
                self.token,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class ChatTokenLogprob:
    """Token log probability information."""

    bytes_: list[int] | None = attrs.field(metadata={"wire": "bytes"})
    """UTF-8 bytes of the token."""
    logprob: float
    """Log probability of the token."""
    token: str
    """The token."""
    top_logprobs: list[ChatTokenLogprobTopLogprobs]
    """Top alternative tokens with probabilities."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        bytes_: list[int] | None,
        logprob: float,
        token: str,
        top_logprobs: list[ChatTokenLogprobTopLogprobs],
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("bytes_", bytes_)
        _setattr("logprob", logprob)
        _setattr("token", token)
        _setattr("top_logprobs", top_logprobs)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"bytes_={self.bytes_!r}, "
            f"logprob={self.logprob!r}, "
            f"token={self.token!r}, "
            f"top_logprobs={self.top_logprobs!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.bytes_, self.logprob, self.token, self.top_logprobs, self.extra_fields) == (
            other.bytes_,
            other.logprob,
            other.token,
            other.top_logprobs,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ChatTokenLogprob",
                self.bytes_,
                self.logprob,
                self.token,
                self.top_logprobs,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
