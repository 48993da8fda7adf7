# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.output_item_code_interpreter_call` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from openrouter_core.dicts.code_interpreter_file_output import CodeInterpreterFileOutputDict
    from openrouter_core.dicts.code_interpreter_image_output import CodeInterpreterImageOutputDict
    from openrouter_core.dicts.code_interpreter_logs_output import CodeInterpreterLogsOutputDict

__all__ = [
    "OutputItemCodeInterpreterCallOutputsDict",
]

OutputItemCodeInterpreterCallOutputsDict: TypeAlias = (
    "CodeInterpreterLogsOutputDict | CodeInterpreterImageOutputDict | CodeInterpreterFileOutputDict"
)
