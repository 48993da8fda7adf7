# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchObjectResponse) by `python -m codegen`; do not edit.
"""The ``BatchObjectResponse`` object."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.body_chat_completion import BodyChatCompletion
from openrouter_core.models.body_list import BodyList
from openrouter_core.models.body_message import BodyMessage
from openrouter_core.models.open_responses_result import OpenResponsesResult

BatchObjectResponseBody: TypeAlias = (
    BodyList | BodyMessage | BodyChatCompletion | OpenResponsesResult | dict[str, Any]
)
"""The ``body`` of a :class:`BatchObjectResponse`."""


_BATCH_OBJECT_RESPONSE_BODY_BY_OBJECT: dict[Any, Any] = {
    "chat.completion": BodyChatCompletion,
    "list": BodyList,
    "response": OpenResponsesResult,
}


def _choose_batch_object_response_body(data: Any) -> Any:
    """The member of :data:`BatchObjectResponseBody` that ``data`` is, by its ``object``.

    An unknown ``object`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        if "object" not in data:
            return BodyMessage
        return _BATCH_OBJECT_RESPONSE_BODY_BY_OBJECT.get(data["object"], dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"BatchObjectResponseBody: expected an object, got {type(data).__name__}")


register_union(BatchObjectResponseBody, _choose_batch_object_response_body)


@attrs.frozen(kw_only=True)
class BatchObjectResponse:
    """The ``BatchObjectResponse`` object."""

    body: BatchObjectResponseBody
    request_id: str | None
    status_code: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        body: BatchObjectResponseBody,
        request_id: str | None,
        status_code: int,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("body", body)
        _setattr("request_id", request_id)
        _setattr("status_code", status_code)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"body={self.body!r}, "
            f"request_id={self.request_id!r}, "
            f"status_code={self.status_code!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.body, self.request_id, self.status_code, self.extra_fields) == (
            other.body,
            other.request_id,
            other.status_code,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("BatchObjectResponse", self.body, self.request_id, self.status_code, self.extra_fields)
        )

    # --- end of attrs methods ---
