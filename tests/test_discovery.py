"""``openrouter_funcs`` lists its functions and imports each module only when asked."""

from __future__ import annotations

import subprocess
import sys


def run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_from_the_package_gives_the_function_and_imports_no_other_function_module() -> None:
    out = run(
        "import sys\n"
        "from openrouter_funcs import chat_send\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('openrouter_funcs.'))\n"
        "print(callable(chat_send), chat_send.__name__, loaded)"
    )
    assert out == "True chat_send ['openrouter_funcs.chat_send']"


def test_importing_the_package_imports_no_function_module_and_lists_them_all() -> None:
    out = run(
        "import sys, openrouter_funcs\n"
        "loaded = [m for m in sys.modules if m.startswith('openrouter_funcs.')]\n"
        "names = openrouter_funcs.__all__\n"
        "print(loaded, 'chat_send' in names, 'credits_get_credits_async' in names,"
        " set(names) <= set(dir(openrouter_funcs)))"
    )
    assert out == "[] True True True"


def test_the_function_stays_the_function_after_its_module_is_imported() -> None:
    out = run(
        "from openrouter_funcs.credits_get_credits import credits_get_credits as direct\n"
        "from openrouter_funcs import credits_get_credits\n"
        "import openrouter_funcs\n"
        "print(credits_get_credits is direct, openrouter_funcs.credits_get_credits is direct)"
    )
    assert out == "True True"


def test_an_unknown_name_is_an_attribute_error() -> None:
    out = run(
        "import openrouter_funcs\n"
        "try:\n    openrouter_funcs.chat_sned\nexcept AttributeError as e:\n    print(e)"
    )
    assert "chat_sned" in out


def test_the_hand_written_layer_is_listed_and_importable_from_the_package() -> None:
    out = run(
        "import sys, openrouter_funcs\n"
        "from openrouter_funcs import Parsed, Tool, ToolContext, chat_parse, json_schema_for, tool\n"
        "from openrouter_funcs.tools import tool as direct\n"
        "from openrouter_funcs.structured_output import Parsed as parsed\n"
        "names = set(openrouter_funcs.__all__)\n"
        "print(tool is direct, Parsed is parsed,"
        " {'tool', 'Tool', 'ToolContext', 'chat_parse', 'json_schema_for'} <= names)"
    )
    assert out == "True True True"
