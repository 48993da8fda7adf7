"""Turning the spec's Markdown descriptions into plain docstring text."""

from __future__ import annotations

import re
import textwrap

from codegen import render

_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_BOLD = re.compile(r"\*\*([^*]+)\*\*")


def clean(text: str | None) -> str:
    """Markdown links and emphasis reduced to their text, whitespace collapsed."""
    if not text:
        return ""
    text = _LINK.sub(r"\1", text)
    text = _BOLD.sub(r"\1", text)
    # Curly quotes and the like are ambiguous to ruff (RUF001-003): plain ASCII instead.
    return " ".join(text.split()).translate(render._PLAIN)


def first_sentence(text: str | None) -> str:
    """The first sentence of ``text`` (cleaned as model docstrings are), or ``""``.

    A first "sentence" of one or two words (``"Required."``) says little; the next one joins it.
    """
    cleaned = clean(text)
    sentence = render.first_sentence(cleaned) or ""
    if sentence and len(sentence.split()) < 3 and len(cleaned) > len(sentence):
        rest = render.first_sentence(cleaned[len(sentence) :].strip()) or ""
        sentence = f"{sentence} {rest}".strip()
    return sentence


def paragraphs(text: str | None, width: int = 96) -> list[str]:
    """``text`` split into cleaned paragraphs, each wrapped to ``width`` columns."""
    if not text:
        return []
    out = []
    for block in re.split(r"\n\s*\n", text.strip()):
        cleaned = clean(block)
        if cleaned:
            out.append(textwrap.fill(cleaned, width=width, break_on_hyphens=False))
    return out


def docstring_safe(text: str) -> str:
    """``text`` made safe inside a triple-quoted docstring."""
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if text.endswith('"'):
        text = text[:-1] + '\\"'
    return text
