# Generated from the OpenRouter OpenAPI spec (createResponses) by `python -m codegen`; do not edit.
"""Create a response: ``POST /responses``.

A deprecated alias of :mod:`openrouter_funcs.responses_send`, kept for parity with the
TypeScript SDK; it is the same operation, so new code should import that module.
"""

from __future__ import annotations

from openrouter_core._alias import renamed
from openrouter_funcs.responses_send import OPERATION as OPERATION
from openrouter_funcs.responses_send import OpenResponsesResult as OpenResponsesResult
from openrouter_funcs.responses_send import ResponsesRequest as ResponsesRequest
from openrouter_funcs.responses_send import ResponsesSendError as ResponsesSendError
from openrouter_funcs.responses_send import ResponsesSendRequest as ResponsesSendRequest
from openrouter_funcs.responses_send import ResponsesSendRequestDict as ResponsesSendRequestDict
from openrouter_funcs.responses_send import (
    ResponsesSendStreamingRequestDict as ResponsesSendStreamingRequestDict,
)
from openrouter_funcs.responses_send import responses_send, responses_send_async

__all__ = [
    "OpenResponsesResult",
    "ResponsesRequest",
    "ResponsesSendError",
    "ResponsesSendRequest",
    "ResponsesSendRequestDict",
    "ResponsesSendStreamingRequestDict",
    "beta_responses_send",
    "beta_responses_send_async",
]

beta_responses_send = renamed(responses_send, "beta_responses_send", __name__)
beta_responses_send_async = renamed(responses_send_async, "beta_responses_send_async", __name__)
