# Generated from the OpenRouter OpenAPI spec (components/schemas/ModelGroup) by `python -m codegen`; do not edit.
"""Tokenizer type used by the model."""

from __future__ import annotations

from typing import Final


class ModelGroup:
    """Tokenizer type used by the model.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    ROUTER: Final = "Router"
    MEDIA: Final = "Media"
    OTHER: Final = "Other"
    GPT: Final = "GPT"
    CLAUDE: Final = "Claude"
    GEMINI: Final = "Gemini"
    GEMMA: Final = "Gemma"
    GROK: Final = "Grok"
    COHERE: Final = "Cohere"
    NOVA: Final = "Nova"
    QWEN: Final = "Qwen"
    YI: Final = "Yi"
    DEEP_SEEK: Final = "DeepSeek"
    MISTRAL: Final = "Mistral"
    LLAMA2: Final = "Llama2"
    LLAMA3: Final = "Llama3"
    LLAMA4: Final = "Llama4"
    PA_LM: Final = "PaLM"
    RWKV: Final = "RWKV"
    QWEN3: Final = "Qwen3"
