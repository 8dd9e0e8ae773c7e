"""`timeline parse TEXT --explain`: per mention, the rules that read it and the policy steps."""

from __future__ import annotations

from typer.testing import CliRunner

from timeline.cli import app
from timeline.timex.explain import explain


def test_explain_names_the_rules_and_the_policy_steps() -> None:
    (mention,) = explain("工作人员将于10月8日举行", "2014-10-01")
    assert mention["anchor"] == "2014-10-08"
    assert [item["rule"] for item in mention["explain"]["rules"]] == ["<month>月<day>日"]
    steps = mention["explain"]["policy"]
    assert any("future" in step and "将" in step for step in steps)
    assert any("2014-10-08" in step for step in steps)


def test_the_object_marker_is_not_a_future_marker() -> None:
    (mention,) = explain("工作人员将月饼送到老人家中，10月8日", "2014-10-10")
    assert mention["anchor"] == "2014-10-08"
    assert not any("future" in step for step in mention["explain"]["policy"])


def test_the_command_prints_the_explanation() -> None:
    result = CliRunner().invoke(app, ["parse", "2012年1月22日。次日下午3时", "--explain"])
    assert result.exit_code == 0, result.output
    assert "次日下午3时" in result.output and "2012-01-23T15:00" in result.output
    assert "rule   <relative day>: 次日" in result.output
    assert "policy counts from the context day 2012-01-22" in result.output


def test_explain_without_a_reference_says_why_there_is_no_date() -> None:
    (mention,) = explain("昨天下午", None)
    assert mention["anchor"] is None
    assert any("unknown" in step for step in mention["explain"]["policy"])
