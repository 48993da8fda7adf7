# Generated from the OpenRouter OpenAPI spec (components/schemas/InstructType) by `python -m codegen`; do not edit.
"""Instruction format type."""

from __future__ import annotations

from typing import Final


class InstructType:
    """Instruction format type.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    NONE: Final = "none"
    AIROBOROS: Final = "airoboros"
    ALPACA: Final = "alpaca"
    ALPACA_MODIF: Final = "alpaca-modif"
    CHATML: Final = "chatml"
    CLAUDE: Final = "claude"
    CODE_LLAMA: Final = "code-llama"
    GEMMA: Final = "gemma"
    LLAMA2: Final = "llama2"
    LLAMA3: Final = "llama3"
    MISTRAL: Final = "mistral"
    NEMOTRON: Final = "nemotron"
    NEURAL: Final = "neural"
    OPENCHAT: Final = "openchat"
    PHI3: Final = "phi3"
    RWKV: Final = "rwkv"
    VICUNA: Final = "vicuna"
    ZEPHYR: Final = "zephyr"
    DEEPSEEK_R1: Final = "deepseek-r1"
    DEEPSEEK_V3_1: Final = "deepseek-v3.1"
    QWQ: Final = "qwq"
    QWEN3: Final = "qwen3"
