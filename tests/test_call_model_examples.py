"""The call_model examples run offline: the stand-in plays their scripted conversations."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

from openrouter_core.testing import StandInTransport, chat_turn, standin_core
from openrouter_funcs import call_model, call_model_stream, text_deltas, tool

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run_example(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
    with pytest.raises(SystemExit) as exited:
        runpy.run_path(str(EXAMPLES / f"{name}.py"), run_name="__main__")
    assert exited.value.code == 0


def test_the_weather_example_streams_two_parallel_calls_and_the_answer(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    run_example("call_model_weather", monkeypatch)
    printed = capsys.readouterr().out
    assert "[the model calls get_weather({'city': 'Paris'})]" in printed
    assert "[the model calls get_local_time({'city': 'Paris'})]" in printed
    assert "21.5 °C and sunny, and the local time is 14:05.\n2 steps" in printed


def test_the_structured_output_example_reads_both_answers(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    run_example("structured_output", monkeypatch)
    printed = capsys.readouterr().out
    assert "chat_parse: Paris, France: 2.1 M" in printed
    assert "call_model: City(name='Lyon'" in printed and "after 2 steps" in printed


@tool
def double(n: int) -> int:
    """Twice n."""
    return 2 * n


def test_the_stand_in_answers_a_script_in_turn_then_its_example_again() -> None:
    script = [chat_turn(calls=[("c1", "double", {"n": 4})]), chat_turn("8")]
    transport = StandInTransport(scripts={"chat_send": script})
    with standin_core(transport=transport) as core:
        run = call_model(core, "Double 4", tools=[double]).unwrap()
        assert run.text == "8" and run.steps[0].tool_results[0].content == "8"
        again = call_model(core, "Hi").unwrap()  # the script is used up: the spec's example
        assert again.stopped_by == "finished" and again.text != "8"


def test_the_stand_in_streams_a_scripted_reply_in_pieces() -> None:
    script = [chat_turn(calls=[("c1", "double", {"n": 21})]), chat_turn("It is 42.")]
    transport = StandInTransport(scripts={"chat_send": script})
    with (
        standin_core(transport=transport) as core,
        call_model_stream(core, "Double 21", tools=[double]) as stream,
    ):
        pieces = list(text_deltas(stream))
    assert pieces == ["It ", "is ", "42."]
    assert stream.result is not None
    assert stream.result.unwrap().steps[0].tool_calls[0].arguments == {"n": 21}
