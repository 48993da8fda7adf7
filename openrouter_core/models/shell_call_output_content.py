# Generated from the OpenRouter OpenAPI spec (components/schemas/ShellCallOutputContent) by `python -m codegen`; do not edit.
"""Captured stdout and stderr for one command of a shell call, with its exit or timeout outcome."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._converter import register_union


@attrs.frozen(kw_only=True)
class ShellCallOutputContentOutcomeExit:
    """One of the shapes of :class:`ShellCallOutputContentOutcome`."""

    exit_code: int
    type: str = "exit"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ShellCallOutputContentOutcomeTimeout:
    """One of the shapes of :class:`ShellCallOutputContentOutcome`."""

    type: str = "timeout"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


ShellCallOutputContentOutcome: TypeAlias = (
    ShellCallOutputContentOutcomeExit | ShellCallOutputContentOutcomeTimeout | dict[str, Any]
)
"""The ``outcome`` of a :class:`ShellCallOutputContent`."""


_SHELL_CALL_OUTPUT_CONTENT_OUTCOME_BY_TYPE: dict[Any, Any] = {
    "exit": ShellCallOutputContentOutcomeExit,
    "timeout": ShellCallOutputContentOutcomeTimeout,
}


def _choose_shell_call_output_content_outcome(data: Any) -> Any:
    """The member of :data:`ShellCallOutputContentOutcome` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _SHELL_CALL_OUTPUT_CONTENT_OUTCOME_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"ShellCallOutputContentOutcome: expected an object, got {type(data).__name__}")


register_union(ShellCallOutputContentOutcome, _choose_shell_call_output_content_outcome)


@attrs.frozen(kw_only=True)
class ShellCallOutputContent:
    """Captured stdout and stderr for one command of a shell call, with its exit or timeout outcome."""

    outcome: ShellCallOutputContentOutcome
    stderr: str
    stdout: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
