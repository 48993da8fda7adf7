"""The runtime behind every OpenRouter function: configuration, pipeline, errors and results.

Typical use::

    from openrouter_core import OpenRouterCore
    from openrouter_funcs.credits_get_credits import credits_get_credits

    core = OpenRouterCore(api_key="sk-or-...")
    result = credits_get_credits(core)   # Success(CreditsGetCreditsResponse) or Failure(error)
"""

from openrouter_core._config import BackoffStrategy, Clock, RequestOptions, RetryConfig
from openrouter_core._core import DEFAULT_SERVER_URL, OpenRouterCore
from openrouter_core._dump import from_dict, to_dict, to_json
from openrouter_core._forgiving import SpecProblem, spec_problems
from openrouter_core._hooks import HookContext, Hooks
from openrouter_core._response_info import ResponseInfo, response_info
from openrouter_core._structure import model_type_hints
from openrouter_core._text import as_message_param, message_text
from openrouter_core._unset import UNSET, Unset
from openrouter_core._version import __version__

__all__ = [
    "DEFAULT_SERVER_URL",
    "UNSET",
    "BackoffStrategy",
    "Clock",
    "HookContext",
    "Hooks",
    "OpenRouterCore",
    "RequestOptions",
    "ResponseInfo",
    "RetryConfig",
    "SpecProblem",
    "Unset",
    "__version__",
    "as_message_param",
    "from_dict",
    "message_text",
    "model_type_hints",
    "response_info",
    "spec_problems",
    "to_dict",
    "to_json",
]
