# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.output_code_interpreter_call_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.output_item_code_interpreter_call import (
        OutputItemCodeInterpreterCallOutputsDict,
    )

__all__ = [
    "OutputCodeInterpreterCallItemDict",
]


class OutputCodeInterpreterCallItemDict(TypedDict, total=False):
    """The dict form of :class:`OutputCodeInterpreterCallItem`."""

    code: str | None
    container_id: str | None
    id: Required[str]
    outputs: list[OutputItemCodeInterpreterCallOutputsDict] | None
    status: Required[
        Literal["in_progress", "completed", "incomplete", "interpreting", "failed"] | str
    ]
    type: Required[Literal["code_interpreter_call"]]
