"""Side-by-side benchmarks: this SDK against the official `openrouter` package, `openai` and bare httpx.

Run from the repository root with ``python -m benchmarks`` (see ``benchmarks/README.md``).
This is a script with numbers, not a test suite: nothing here asserts a timing.
"""
