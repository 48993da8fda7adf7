# Generated from the OpenRouter OpenAPI spec (components/schemas/ResponseOutputText) by `python -m codegen`; do not edit.
"""The ``ResponseOutputText`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.openai_responses_annotation import OpenAIResponsesAnnotation


@attrs.frozen(kw_only=True)
class ResponseOutputTextLogprobsTopLogprobs:
    """The ``top_logprobs`` of a :class:`ResponseOutputTextLogprobs`."""

    bytes_: list[int] = attrs.field(metadata={"wire": "bytes"})
    logprob: float
    token: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        bytes_: list[int],
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
                "ResponseOutputTextLogprobsTopLogprobs",
                self.bytes_,
                self.logprob,
                self.token,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class ResponseOutputTextLogprobs:
    """The ``logprobs`` of a :class:`ResponseOutputText`."""

    bytes_: list[int] = attrs.field(metadata={"wire": "bytes"})
    logprob: float
    token: str
    top_logprobs: list[ResponseOutputTextLogprobsTopLogprobs]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        bytes_: list[int],
        logprob: float,
        token: str,
        top_logprobs: list[ResponseOutputTextLogprobsTopLogprobs],
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
                "ResponseOutputTextLogprobs",
                self.bytes_,
                self.logprob,
                self.token,
                self.top_logprobs,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class ResponseOutputText:
    """The ``ResponseOutputText`` object."""

    annotations: list[OpenAIResponsesAnnotation] | None = None
    logprobs: list[ResponseOutputTextLogprobs] | None = None
    text: str
    type: str = "output_text"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        annotations: list[OpenAIResponsesAnnotation] | None = None,
        logprobs: list[ResponseOutputTextLogprobs] | None = None,
        text: str,
        type: str = "output_text",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("annotations", annotations)
        _setattr("logprobs", logprobs)
        _setattr("text", text)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"annotations={self.annotations!r}, "
            f"logprobs={self.logprobs!r}, "
            f"text={self.text!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.annotations, self.logprobs, self.text, self.type, self.extra_fields) == (
            other.annotations,
            other.logprobs,
            other.text,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ResponseOutputText",
                self.annotations,
                self.logprobs,
                self.text,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
