# Generated from the OpenRouter OpenAPI spec (components/schemas/BashServerToolEnvironment) by `python -m codegen`; do not edit.
"""Execution environment for the bash server tool."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.container_auto_environment import ContainerAutoEnvironment
from openrouter_core.models.container_reference_environment import ContainerReferenceEnvironment

BashServerToolEnvironment: TypeAlias = (
    ContainerAutoEnvironment | ContainerReferenceEnvironment | dict[str, Any]
)
"""Execution environment for the bash server tool."""


_BASH_SERVER_TOOL_ENVIRONMENT_BY_TYPE: dict[Any, Any] = {
    "container_auto": ContainerAutoEnvironment,
    "container_reference": ContainerReferenceEnvironment,
}


def _choose_bash_server_tool_environment(data: Any) -> Any:
    """The member of :data:`BashServerToolEnvironment` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _BASH_SERVER_TOOL_ENVIRONMENT_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"BashServerToolEnvironment: expected an object, got {type(data).__name__}")


register_union(BashServerToolEnvironment, _choose_bash_server_tool_environment)
