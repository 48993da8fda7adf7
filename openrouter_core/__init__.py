"""The runtime behind every OpenRouter function: configuration, pipeline, errors and results.

Typical use::

    from openrouter_core import OpenRouterCore
    from openrouter_funcs.credits_get_credits import credits_get_credits

    core = OpenRouterCore(api_key="sk-or-...")
    result = credits_get_credits(core)   # Success(CreditsGetCreditsResponse) or Failure(error)
"""

from typing import TYPE_CHECKING, Any

from openrouter_core._call_context import RequestOptions
from openrouter_core._clock import Clock
from openrouter_core._codec.decoding import SpecProblem, spec_problems
from openrouter_core._codec.model_readers import model_type_hints
from openrouter_core._core import DEFAULT_SERVER_URL, OpenRouterCore
from openrouter_core._hooks import HookContext, Hooks
from openrouter_core._response_info import ResponseInfo, response_info
from openrouter_core._retries import BackoffStrategy, RetryConfig
from openrouter_core._unset import UNSET, Unset
from openrouter_core._version import __version__

if TYPE_CHECKING:
    from openrouter_core._dump import from_dict, to_dict, to_json
    from openrouter_core._fallbacks import (
        DEFAULT_FALLBACK_ON,
        FallbackAttempt,
        fallback_attempts,
        with_fallbacks,
    )
    from openrouter_core._generation_stats import generation_stats, generation_stats_async
    from openrouter_core._ledger import Budget, Usage, UsageLedger
    from openrouter_core._limiter import RateLimiter
    from openrouter_core._text import as_message_param, message_text

#: Names loaded on first use, so that a call never imports what only a user of them needs
#: (a ledger, a limiter, the JSON and text helpers).
_LAZY = {
    "Budget": "openrouter_core._ledger",
    "DEFAULT_FALLBACK_ON": "openrouter_core._fallbacks",
    "FallbackAttempt": "openrouter_core._fallbacks",
    "RateLimiter": "openrouter_core._limiter",
    "Usage": "openrouter_core._ledger",
    "UsageLedger": "openrouter_core._ledger",
    "fallback_attempts": "openrouter_core._fallbacks",
    "generation_stats": "openrouter_core._generation_stats",
    "generation_stats_async": "openrouter_core._generation_stats",
    "with_fallbacks": "openrouter_core._fallbacks",
    "as_message_param": "openrouter_core._text",
    "from_dict": "openrouter_core._dump",
    "message_text": "openrouter_core._text",
    "to_dict": "openrouter_core._dump",
    "to_json": "openrouter_core._dump",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'openrouter_core' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "DEFAULT_FALLBACK_ON",
    "DEFAULT_SERVER_URL",
    "UNSET",
    "BackoffStrategy",
    "Budget",
    "Clock",
    "FallbackAttempt",
    "HookContext",
    "Hooks",
    "OpenRouterCore",
    "RateLimiter",
    "RequestOptions",
    "ResponseInfo",
    "RetryConfig",
    "SpecProblem",
    "Unset",
    "Usage",
    "UsageLedger",
    "__version__",
    "as_message_param",
    "fallback_attempts",
    "from_dict",
    "generation_stats",
    "generation_stats_async",
    "message_text",
    "model_type_hints",
    "response_info",
    "spec_problems",
    "to_dict",
    "to_json",
    "with_fallbacks",
]
