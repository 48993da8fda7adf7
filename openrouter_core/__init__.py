"""The runtime behind every OpenRouter function: configuration, pipeline, errors and results.

Typical use::

    from openrouter_core import OpenRouterCore
    from openrouter_funcs.credits_get_credits import credits_get_credits

    core = OpenRouterCore(api_key="sk-or-...")
    result = credits_get_credits(core)   # Success(CreditsGetCreditsResponse) or Failure(error)
"""

from openrouter_core._config import BackoffStrategy, Clock, RequestOptions, RetryConfig
from openrouter_core._core import DEFAULT_SERVER_URL, OpenRouterCore
from openrouter_core._forgiving import SpecProblem, spec_problems
from openrouter_core._hooks import HookContext, Hooks
from openrouter_core._structure import model_type_hints
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
    "RetryConfig",
    "SpecProblem",
    "Unset",
    "__version__",
    "model_type_hints",
    "spec_problems",
]
