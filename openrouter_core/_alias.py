"""A deprecated alias of a function, made a function of its own.

``openrouter_funcs.beta_responses_send`` is ``responses_send`` under another name. The package
hands out each module's function as the module itself (its attributes are the module's
namespace, see ``openrouter_funcs.__init__``), and one function object can carry only one
namespace, so the alias is a copy: the same code, defaults and globals, its own name and module.
"""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import Any, TypeVar, cast

F = TypeVar("F", bound=Callable[..., Any])


def renamed(function: F, name: str, module: str) -> F:
    """``function`` as a new function object called ``name``, defined by ``module``."""
    original = cast(types.FunctionType, function)
    copy = types.FunctionType(
        original.__code__, original.__globals__, name, original.__defaults__, original.__closure__
    )
    copy.__kwdefaults__ = original.__kwdefaults__
    copy.__annotations__ = dict(original.__annotations__)
    copy.__doc__ = original.__doc__
    copy.__qualname__ = name
    copy.__module__ = module
    return cast(F, copy)
